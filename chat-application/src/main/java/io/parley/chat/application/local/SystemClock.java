package io.parley.chat.application.local;

import io.parley.chat.application.port.out.ClockPort;
import java.time.Instant;

/** The machine's clock. */
public final class SystemClock implements ClockPort {
    @Override
    public Instant now() {
        return Instant.now();
    }
}
