package io.parley.chat.application.local;

import io.parley.chat.application.contract.MutableClock;
import io.parley.chat.application.contract.RateLimitContract;
import io.parley.chat.application.port.out.RateLimitPort;
import java.time.Duration;

class InMemoryRateLimiterTest extends RateLimitContract {
    private final MutableClock clock = MutableClock.atNow();
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

    @Override
    protected RateLimitPort limiter() {
        return limiter;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
