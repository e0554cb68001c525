package io.parley.chat.application.port.out;

import java.time.Instant;

/** The current time; a port so that tests can move it. */
public interface ClockPort {
    Instant now();
}
