package io.parley.chat.domain.settings;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

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
        OptionalInt sendCount = sendCount(policy.get("sendCount"));
        Object needFollow = policy.get("needFollow");
        if (sendCount.isEmpty() || !(needFollow instanceof Boolean)) {
            throw new ValidationException(FIELD, Problem.BAD_SHAPE, expected);
        }
        return new SendPolicy(sendCount.getAsInt(), (Boolean) needFollow);
    }

    /**
     * 0, 1 or 2 however the parser wrote it down (2 and 2.0 alike), compared exactly: a huge integer must not be
     * narrowed to a long first, where 2^64 + 1 would pass as 1.
     */
    private static OptionalInt sendCount(Object value) {
        BigDecimal exact;
        if (value instanceof BigDecimal decimal) {
            exact = decimal;
        } else if (value instanceof BigInteger integer) {
            exact = new BigDecimal(integer);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return OptionalInt.empty();
            }
            exact = BigDecimal.valueOf(d);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            exact = BigDecimal.valueOf(((Number) value).longValue());
        } else {
            return OptionalInt.empty();
        }
        if (exact.compareTo(BigDecimal.valueOf(SendPolicy.FORBIDDEN)) < 0
                || exact.compareTo(BigDecimal.valueOf(SendPolicy.UNLIMITED)) > 0
                || exact.stripTrailingZeros().scale() > 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(exact.intValue());
    }
}
