package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.RateLimitPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimitPort} does, in memory or in Redis. */
public abstract class RateLimitContract {
    protected abstract RateLimitPort limiter();

    protected abstract void letTimePass(Duration duration) throws InterruptedException;

    private static String someKey() {
        return "parley-test:" + UUID.randomUUID();
    }

    @Test
    void allowsUpToTheLimitThenRefuses() {
        RateLimitPort limits = limiter();
        String key = someKey();
        for (int i = 0; i < 5; i++) {
            assertTrue(limits.tryAcquire(key, 5, Duration.ofMinutes(1)), "attempt " + (i + 1));
        }
        assertFalse(limits.tryAcquire(key, 5, Duration.ofMinutes(1)));
    }

    @Test
    void keysAreCountedApart() {
        RateLimitPort limits = limiter();
        String one = someKey();
        String other = someKey();
        assertTrue(limits.tryAcquire(one, 1, Duration.ofMinutes(1)));
        assertFalse(limits.tryAcquire(one, 1, Duration.ofMinutes(1)));
        assertTrue(limits.tryAcquire(other, 1, Duration.ofMinutes(1)));
    }

    @Test
    void aNewWindowStartsAfterTheOldOneEnds() throws InterruptedException {
        RateLimitPort limits = limiter();
        String key = someKey();
        assertTrue(limits.tryAcquire(key, 1, Duration.ofSeconds(1)));
        assertFalse(limits.tryAcquire(key, 1, Duration.ofSeconds(1)));
        letTimePass(Duration.ofMillis(1_500));
        assertTrue(limits.tryAcquire(key, 1, Duration.ofSeconds(1)));
    }

    @Test
    void parallelAttemptsNeverOverrunTheLimit() throws Exception {
        RateLimitPort limits = limiter();
        String key = someKey();
        int limit = 10;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                attempts.add(() -> limits.tryAcquire(key, limit, Duration.ofMinutes(1)));
            }
            long allowed = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                if (result.get()) {
                    allowed++;
                }
            }
            assertEquals(limit, allowed);
        } finally {
            pool.shutdownNow();
        }
    }
}
