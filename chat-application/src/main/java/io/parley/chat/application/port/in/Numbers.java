package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;

/** Whole numbers from request parameters, which may arrive as text (API.md c.1). */
final class Numbers {
    private Numbers() {
    }

    static long positive(String field, String value) {
        Ensure.present(field, value);
        try {
            return Ensure.range(field, Long.parseLong(value.trim()), 1, Long.MAX_VALUE);
        } catch (NumberFormatException notANumber) {
            throw new ValidationException(field, Problem.NOT_INTEGER);
        }
    }

    static long atLeastZero(String field, String value) {
        Ensure.present(field, value);
        try {
            return Ensure.range(field, Long.parseLong(value.trim()), 0, Long.MAX_VALUE);
        } catch (NumberFormatException notANumber) {
            throw new ValidationException(field, Problem.NOT_INTEGER);
        }
    }
}
