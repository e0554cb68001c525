package io.parley.chat.application.service;

import io.parley.chat.application.port.in.Readiness;
import io.parley.chat.application.port.in.ReadinessUseCase;
import io.parley.chat.application.port.out.HealthCheckPort;
import java.util.ArrayList;
import java.util.List;

/** Asks every dependency of this node whether it answers; one that throws counts as not answering. */
final class ReadinessService implements ReadinessUseCase {
    private static final System.Logger LOG = System.getLogger(ReadinessService.class.getName());

    private final List<HealthCheckPort> checks;

    ReadinessService(List<HealthCheckPort> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public Readiness readiness() {
        List<String> unreachable = new ArrayList<>();
        for (HealthCheckPort check : checks) {
            if (!answers(check)) {
                unreachable.add(check.dependency());
            }
        }
        return new Readiness(unreachable);
    }

    private static boolean answers(HealthCheckPort check) {
        try {
            return check.reachable();
        } catch (RuntimeException broken) {
            LOG.log(System.Logger.Level.WARNING, "the health check of " + check.dependency() + " failed", broken);
            return false;
        }
    }
}
