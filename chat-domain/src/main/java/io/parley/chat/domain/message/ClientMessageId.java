package io.parley.chat.domain.message;

import io.parley.chat.domain.shared.Ensure;
import java.util.Optional;

/**
 * The id a client gives its own message ({@code client_msg_id}, at most 64 characters). Unique per sender for ever:
 * sending again with the same one returns the message stored the first time (API.md j.4, j.9).
 */
public record ClientMessageId(String value) {
    public static final String FIELD = "client_msg_id";
    public static final int MAX = 64;

    public ClientMessageId {
        Ensure.length(FIELD, value, 1, MAX);
    }

    /** None when the client sent none (or an empty one). */
    public static Optional<ClientMessageId> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(new ClientMessageId(value));
    }
}
