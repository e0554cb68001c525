package io.parley.chat.domain.message;

import java.util.Objects;

/** A message's public id: a UUID in its 36-character form (used for recall and de-duplication by clients). */
public record MessageId(String value) {
    public MessageId {
        Objects.requireNonNull(value, "value");
        if (value.length() != 36) {
            throw new IllegalArgumentException("a message id is a 36-character UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
