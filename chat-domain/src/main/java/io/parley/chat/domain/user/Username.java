package io.parley.chat.domain.user;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.regex.Pattern;

/** A login name: 4 to 20 letters, digits or underscores (API.md #1). */
public record Username(String value) {
    public static final int MIN = 4;
    public static final int MAX = 20;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_]+");

    public Username {
        value = validated("username", value);
    }

    /** Validates a username given under another parameter name. */
    public static Username of(String field, String value) {
        return new Username(validated(field, value));
    }

    private static String validated(String field, String value) {
        Ensure.length(field, value, MIN, MAX);
        if (!ALLOWED.matcher(value).matches()) {
            throw new ValidationException(field, Problem.PATTERN, "A-Z a-z 0-9 _");
        }
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
