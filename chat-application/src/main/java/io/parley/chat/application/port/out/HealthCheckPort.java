package io.parley.chat.application.port.out;

/**
 * Whether one thing this node depends on answers now, for a load balancer deciding whether to send it traffic.
 * Answers within a couple of seconds and never throws: a dependency that cannot be asked is not reachable.
 */
public interface HealthCheckPort {
    /** What the check is about, as the readiness answer names it: {@code database}, {@code redis}. */
    String dependency();

    boolean reachable();
}
