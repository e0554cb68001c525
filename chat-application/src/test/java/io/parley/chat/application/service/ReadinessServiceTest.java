package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.in.Readiness;
import io.parley.chat.application.port.out.HealthCheckPort;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class ReadinessServiceTest {
    private static HealthCheckPort check(String dependency, BooleanSupplier answer) {
        return new HealthCheckPort() {
            @Override
            public String dependency() {
                return dependency;
            }

            @Override
            public boolean reachable() {
                return answer.getAsBoolean();
            }
        };
    }

    @Test
    void beReadyWhenEveryDependencyAnswers() {
        Readiness readiness = new ReadinessService(List.of(check("database", () -> true), check("redis", () -> true)))
                .readiness();

        assertTrue(readiness.ready());
        assertEquals(List.of(), readiness.unreachable());
    }

    @Test
    void nameEveryDependencyThatDoesNotAnswerInOrder() {
        Readiness readiness = new ReadinessService(List.of(check("database", () -> false), check("redis", () -> false),
                check("media", () -> true))).readiness();

        assertFalse(readiness.ready());
        assertEquals(List.of("database", "redis"), readiness.unreachable());
    }

    @Test
    void countACheckThatThrowsAsNotAnswering() {
        Readiness readiness = new ReadinessService(List.of(check("redis", () -> {
            throw new IllegalStateException("connection refused");
        }))).readiness();

        assertEquals(List.of("redis"), readiness.unreachable());
    }

    @Test
    void beReadyWithNothingToAsk() {
        assertTrue(new ReadinessService(List.of()).readiness().ready());
    }
}
