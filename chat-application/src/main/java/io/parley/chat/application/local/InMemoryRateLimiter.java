package io.parley.chat.application.local;

import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.RateLimitPort;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Fixed-window counters of a single node, in memory. Expired windows are dropped as they are met. */
public final class InMemoryRateLimiter implements RateLimitPort {
    private record Window(long count, Instant endsAt) { }

    private static final int SWEEP_THRESHOLD = 10_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final ClockPort clock;

    public InMemoryRateLimiter(ClockPort clock) {
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        Instant now = clock.now();
        if (windows.size() > SWEEP_THRESHOLD) {
            windows.values().removeIf(w -> !w.endsAt().isAfter(now));
        }
        Window counted = windows.compute(key, (k, current) -> current == null || !current.endsAt().isAfter(now)
                ? new Window(1, now.plus(window))
                : new Window(current.count() + 1, current.endsAt()));
        return counted.count() <= limit;
    }
}
