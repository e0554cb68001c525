package io.parley.chat.application.port.in;

/** Whether this node can serve requests now: every dependency it was given answers. */
public interface ReadinessUseCase {
    Readiness readiness();
}
