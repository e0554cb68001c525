package io.parley.chat.domain.visitor;

import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.Username;
import java.util.ArrayList;
import java.util.List;

/**
 * A visitor's username: {@code VIS} + the first 8 characters of its device id, lengthened with more of the device id
 * when taken (API.md j.9). Dashes and anything else a username may not hold are skipped.
 */
public final class VisitorUsernames {
    public static final String PREFIX = "VIS";
    private static final int FIRST_LENGTH = 8;

    private VisitorUsernames() {
    }

    /**
     * The names to try, shortest first.
     *
     * @throws ValidationException on {@code deviceId} when the device id has no character a name may hold (it is
     *     all dashes): "VIS" alone is too short to be a username, and the client never sent one
     */
    public static List<Username> candidates(DeviceId device) {
        String usable = device.value().replaceAll("[^A-Za-z0-9_]", "");
        if (usable.isEmpty()) {
            throw new ValidationException(DeviceId.FIELD, Problem.PATTERN, "[A-Za-z0-9_-]{36}, not only dashes");
        }
        List<Username> names = new ArrayList<>();
        int longest = Math.min(usable.length(), Username.MAX - PREFIX.length());
        for (int length = Math.min(FIRST_LENGTH, longest); length <= longest; length++) {
            names.add(new Username(PREFIX + usable.substring(0, length)));
        }
        return names;
    }
}
