package io.parley.chat.application.contract;

import io.parley.chat.application.port.out.ClockPort;
import java.time.Duration;
import java.time.Instant;

/** A clock a test moves by hand. */
public final class MutableClock implements ClockPort {
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public static MutableClock atNow() {
        return new MutableClock(Instant.now());
    }

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }
}
