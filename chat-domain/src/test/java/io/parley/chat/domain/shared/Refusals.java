package io.parley.chat.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts refusals by what clients see of them: the reason code, and for validation the field and the problem. */
public final class Refusals {
    private Refusals() {
    }

    public static DomainException assertRefused(ReasonCode reason, Executable action) {
        DomainException refusal = assertThrows(DomainException.class, action);
        assertEquals(reason, refusal.reason(), () -> "refused for " + refusal.getMessage());
        return refusal;
    }

    public static ValidationException assertInvalid(String field, Problem problem, Executable action) {
        ValidationException invalid = assertThrows(ValidationException.class, action);
        assertEquals(ReasonCode.VALIDATION_FAILED, invalid.reason());
        assertEquals(Optional.of(field), invalid.field(), () -> "field of " + invalid.getMessage());
        assertEquals(problem, invalid.problem(), () -> "problem of " + invalid.getMessage());
        return invalid;
    }
}
