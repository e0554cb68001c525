package io.parley.chat.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends at a fixed offered rate whatever the server does (open loop): message k of a step is due at
 * {@code start + k / rate}; a late generator sends what is due at once and never skips, so its lateness shows in the
 * latencies (measured from the due time) instead of being hidden. It sleeps between due times rather than spinning,
 * so that its own CPU stays a fair measure of its load.
 */
final class OpenLoopSender {
    /** How far behind its schedule a step may fall before the rest of its messages are given up (and counted). */
    static final long MAX_BEHIND_NANOS = TimeUnit.SECONDS.toNanos(5);

    private long longestLagNanos;

    /**
     * Sends {@code rate} messages a second from {@code startNanos} to {@code endNanos} through {@code route} and runs
     * {@code atWindowStart} once when the step's window opens.
     */
    void run(MessageRoute route, RateStep step, long startNanos, long endNanos, Runnable atWindowStart) {
        long count = Math.max(1, (endNanos - startNanos) * step.offeredPerSecond() / 1_000_000_000L);
        double interval = 1e9 / step.offeredPerSecond();
        int senders = route.senders();
        boolean windowOpen = false;
        for (long k = 0; k < count; k++) {
            long due = startNanos + (long) (k * interval);
            long now = waitUntil(due);
            if (!windowOpen && now >= step.windowStartNanos()) {
                atWindowStart.run();
                windowOpen = true;
            }
            long lag = now - due;
            if (lag > longestLagNanos) {
                longestLagNanos = lag;
            }
            if (lag > MAX_BEHIND_NANOS) {
                for (long given = k; given < count; given++) {
                    step.skipped();
                }
                break;
            }
            route.send((int) (k % senders), step, k, due);
        }
        if (!windowOpen) {
            atWindowStart.run();
        }
    }

    /** The longest time a message left after it was due, since the last call, in ns. */
    long takeLongestLagNanos() {
        long longest = longestLagNanos;
        longestLagNanos = 0;
        return longest;
    }

    /** Sleeps until {@code due} (the OS may wake us a little late: that lateness is measured) and returns the time. */
    static long waitUntil(long due) {
        long now = System.nanoTime();
        // bounded: each round sleeps the whole remaining time, and a wake-up too early only shortens the next one
        for (int round = 0; now < due && round < 1_000; round++) {
            LockSupport.parkNanos(due - now);
            now = System.nanoTime();
        }
        return now;
    }
}
