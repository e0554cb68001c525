package io.parley.chat.application.port.in;

import java.util.List;
import java.util.Objects;

/** The outcome of a readiness check: the dependencies that did not answer, in the order they were asked. */
public record Readiness(List<String> unreachable) {
    public Readiness {
        unreachable = List.copyOf(Objects.requireNonNull(unreachable, "unreachable"));
    }

    public boolean ready() {
        return unreachable.isEmpty();
    }
}
