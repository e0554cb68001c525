package io.parley.chat.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One step of a rate ramp: what was sent at the step's offered rate, what came back, and the latencies of the
 * messages meant to be sent inside its measured window (the settling time before the window is not measured).
 * Deliveries are counted against the step whose tag they carry, whenever they arrive.
 */
final class RateStep {
    /** Latencies above an hour are recorded as an hour; no step runs that long. */
    private static final long MAX_MICROS = TimeUnit.HOURS.toMicros(1);

    private final int index;
    private final int offeredPerSecond;
    private final long windowStartNanos;
    private final long windowEndNanos;
    private final LongAdder sent = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final Recorder endToEnd = new Recorder(MAX_MICROS, 3);
    private final Recorder acknowledgement = new Recorder(MAX_MICROS, 3);

    RateStep(int index, int offeredPerSecond, long windowStartNanos, long windowEndNanos) {
        this.index = index;
        this.offeredPerSecond = offeredPerSecond;
        this.windowStartNanos = windowStartNanos;
        this.windowEndNanos = windowEndNanos;
    }

    int index() {
        return index;
    }

    int offeredPerSecond() {
        return offeredPerSecond;
    }

    long windowStartNanos() {
        return windowStartNanos;
    }

    long windowEndNanos() {
        return windowEndNanos;
    }

    void sent() {
        sent.increment();
    }

    /** A message the generator could not hand to its connection (its send queue was full). */
    void skipped() {
        skipped.increment();
    }

    /** The recipient got the message meant to leave at {@code intendedNanos}. */
    void delivered(long intendedNanos, long nowNanos) {
        delivered.increment();
        if (inWindow(intendedNanos)) {
            endToEnd.recordValue(Math.min(MAX_MICROS, Math.max(0, (nowNanos - intendedNanos) / 1_000)));
        }
    }

    /** The sender heard that the server took the message ({@code sent} frame, HTTP 200). */
    void acknowledged(long intendedNanos, long nowNanos) {
        acknowledged.increment();
        if (inWindow(intendedNanos)) {
            acknowledgement.recordValue(Math.min(MAX_MICROS, Math.max(0, (nowNanos - intendedNanos) / 1_000)));
        }
    }

    /** The server refused or failed the message; it will not be delivered. */
    void refused() {
        refused.increment();
    }

    private boolean inWindow(long intendedNanos) {
        return intendedNanos >= windowStartNanos && intendedNanos < windowEndNanos;
    }

    long sentCount() {
        return sent.sum();
    }

    long deliveredCount() {
        return delivered.sum();
    }

    long acknowledgedCount() {
        return acknowledged.sum();
    }

    long refusedCount() {
        return refused.sum();
    }

    long skippedCount() {
        return skipped.sum();
    }

    /** Every sent message is accounted for: delivered or refused. */
    boolean settled() {
        return delivered.sum() + refused.sum() >= sent.sum();
    }

    /** The end-to-end latencies recorded so far, in µs (call once, after draining). */
    Histogram endToEndMicros() {
        return endToEnd.getIntervalHistogram();
    }

    Histogram acknowledgementMicros() {
        return acknowledgement.getIntervalHistogram();
    }
}
