package io.parley.chat.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of the whole run that do not belong to one step: every delivery as it arrives (for delivered/s inside a
 * window), frames and closes nobody expected, and a few samples of what went wrong for the report.
 */
final class Tally {
    private static final int MAX_SAMPLES = 10;

    final LongAdder arrivals = new LongAdder();
    final LongAdder unexpectedCloses = new LongAdder();
    final LongAdder errors = new LongAdder();
    private final List<String> samples = new CopyOnWriteArrayList<>();

    void error(String what) {
        errors.increment();
        sample(what);
    }

    void unexpectedClose(String what) {
        unexpectedCloses.increment();
        sample(what);
    }

    void sample(String what) {
        if (samples.size() < MAX_SAMPLES) {
            samples.add(what.length() > 300 ? what.substring(0, 300) + "…" : what);
        }
    }

    List<String> samples() {
        return List.copyOf(samples);
    }
}
