package io.parley.chat.domain.settings;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.Map;
import java.util.Objects;

/**
 * A user's settings document ({@code user.userset}): the JSON text exactly as the client saved it (unknown keys
 * are kept and handed back), and the chat settings read from it.
 */
public record UserSettings(String json, ChatSettings chat) {
    public static final String FIELD = "userset";
    public static final UserSettings EMPTY = new UserSettings("", ChatSettings.DEFAULT);

    public UserSettings {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(chat, "chat");
    }

    /**
     * Validates a document the client wants to save (API.md j.3): it must be a JSON object; a {@code chatset}, when
     * present and not null, must be an object whose {@code visitor} and {@code user} entries, each optional, carry
     * {@code sendCount} 0, 1 or 2 and a boolean {@code needFollow}. An entry left out takes the default.
     *
     * @param json the text as sent
     * @param document the same text parsed into plain Java values (maps, lists, numbers, booleans, strings, null)
     *     by the adapter that received it
     */
    public static UserSettings parse(String json, Object document) {
        Ensure.length(FIELD, json, 2, 65_535);
        if (!(document instanceof Map<?, ?> root)) {
            throw new ValidationException(FIELD, Problem.BAD_SHAPE, "{...}");
        }
        Object chatset = root.get("chatset");
        if (chatset == null) {
            return new UserSettings(json, ChatSettings.DEFAULT);
        }
        if (!(chatset instanceof Map<?, ?> entries)) {
            throw new ValidationException(FIELD, Problem.BAD_SHAPE, "chatset: {visitor, user}");
        }
        return new UserSettings(json, new ChatSettings(policy(entries.get("visitor"), "visitor"),
                policy(entries.get("user"), "user")));
    }

    private static SendPolicy policy(Object entry, String name) {
        if (entry == null) {
            return SendPolicy.DEFAULT;
        }
        String expected = "chatset." + name + ": {sendCount: 0|1|2, needFollow: true|false}";
        if (!(entry instanceof Map<?, ?> policy)) {
            throw new ValidationException(FIELD, Problem.BAD_SHAPE, expected);
        }
        Object sendCount = policy.get("sendCount");
        Object needFollow = policy.get("needFollow");
        if (!isWholeNumber(sendCount) || !SendPolicy.isValidSendCount(((Number) sendCount).longValue())
                || !(needFollow instanceof Boolean)) {
            throw new ValidationException(FIELD, Problem.BAD_SHAPE, expected);
        }
        return new SendPolicy(((Number) sendCount).intValue(), (Boolean) needFollow);
    }

    private static boolean isWholeNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof java.math.BigInteger) {
            return true;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d);
        }
        return false;
    }
}
