package io.parley.chat.bench;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Every rate step of a run by its index, so that a frame's tag finds its step without a lookup structure per frame. */
final class StepBook {
    /** Far more steps than the longest suite runs. */
    static final int CAPACITY = 4_096;

    private final AtomicReferenceArray<RateStep> steps = new AtomicReferenceArray<>(CAPACITY);
    private final AtomicInteger next = new AtomicInteger();

    RateStep open(int offeredPerSecond, long windowStartNanos, long windowEndNanos) {
        int index = next.getAndIncrement();
        if (index >= CAPACITY) {
            throw new IllegalStateException("more than " + CAPACITY + " rate steps in one run");
        }
        RateStep step = new RateStep(index, offeredPerSecond, windowStartNanos, windowEndNanos);
        steps.set(index, step);
        return step;
    }

    /** The step of that index, or null for a tag that is not ours. */
    RateStep get(int index) {
        return index >= 0 && index < CAPACITY ? steps.get(index) : null;
    }
}
