package io.parley.chat.domain.message;

import java.util.Objects;

/**
 * A message's {@code data}: for user messages the text exactly as the client posted it (a JSON string on the wire);
 * for server notices a JSON object such as {@code {"data":"…","dataType":false,"otherData":null}} (API.md b.8, G-M2).
 * Kept as text so that the domain needs no JSON library; adapters render {@link Kind#TEXT} as a JSON string and
 * {@link Kind#JSON} as it is.
 */
public record MessageData(Kind kind, String value) {
    public enum Kind { TEXT, JSON }

    public MessageData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static MessageData text(String value) {
        return new MessageData(Kind.TEXT, value);
    }

    public static MessageData json(String value) {
        return new MessageData(Kind.JSON, value);
    }

    /** What a recalled message keeps of its content: nothing (API.md j.9). */
    public static final MessageData REMOVED = text("");
}
