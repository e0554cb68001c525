package io.parley.chat.adapter.redis;

import java.time.Duration;

/** Redis expiries are whole, positive milliseconds. */
final class Durations {
    private Durations() {
    }

    /** Rounds a sub-millisecond remainder up, so a positive duration never becomes "no expiry" or an error. */
    static long positiveMillis(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        long millis = duration.toMillis();
        return duration.equals(Duration.ofMillis(millis)) ? millis : millis + 1;
    }
}
