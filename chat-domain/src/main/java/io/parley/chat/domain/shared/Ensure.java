package io.parley.chat.domain.shared;

import io.parley.chat.domain.shared.ValidationException.Problem;

/** Guards that value objects and commands use to validate themselves; each failure names the field. */
public final class Ensure {
    private Ensure() {
    }

    public static String present(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new ValidationException(field, Problem.REQUIRED);
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, Problem.REQUIRED);
        }
        return value;
    }

    public static String length(String field, String value, int min, int max) {
        present(field, value);
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new ValidationException(field, Problem.LENGTH, min, max);
        }
        return value;
    }

    public static String atMost(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new ValidationException(field, Problem.TOO_LONG, max);
        }
        return value;
    }

    public static long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ValidationException(field, Problem.OUT_OF_RANGE, min, max);
        }
        return value;
    }
}
