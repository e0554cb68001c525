package io.parley.chat.application.port.out;

import java.time.Duration;

/**
 * Counts attempts per key in fixed windows: the window starts with the first attempt and lasts {@code window}.
 * Atomic under concurrency (a Redis script in a cluster), so a limit cannot be overrun by parallel calls.
 */
public interface RateLimitPort {
    /** Counts one attempt; false when this attempt is beyond {@code limit} in the current window. */
    boolean tryAcquire(String key, int limit, Duration window);
}
