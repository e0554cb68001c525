package io.parley.chat.domain.user;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.regex.Pattern;

/** A device fingerprint ({@code devicefingeruuid}) that a visitor identity is bound to: 36 word characters or dashes. */
public record DeviceId(String value) {
    public static final String FIELD = "deviceId";
    private static final Pattern FORM = Pattern.compile("[\\w-]{36}");

    public DeviceId {
        Ensure.length(FIELD, value, 36, 200);
        if (!FORM.matcher(value).matches()) {
            throw new ValidationException(FIELD, Problem.PATTERN, "[A-Za-z0-9_-]{36}");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
