package io.parley.chat.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void wholeMillisecondsStayAsTheyAre() {
        assertEquals(1_500, Durations.positiveMillis(Duration.ofMillis(1_500), "ttl"));
    }

    @Test
    void aRemainderBelowAMillisecondRoundsUp() {
        assertEquals(1, Durations.positiveMillis(Duration.ofNanos(1), "ttl"));
        assertEquals(2, Durations.positiveMillis(Duration.ofNanos(1_000_001), "ttl"));
    }

    @Test
    void zeroNegativeAndMissingAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Durations.positiveMillis(Duration.ZERO, "ttl"));
        assertThrows(IllegalArgumentException.class, () -> Durations.positiveMillis(Duration.ofSeconds(-1), "ttl"));
        assertThrows(IllegalArgumentException.class, () -> Durations.positiveMillis(null, "ttl"));
    }
}
