package io.parley.chat.domain.message;

import java.util.Objects;

/**
 * "{@code readerId} has read the one-to-one conversation up to {@code seq}", told to the peer as
 * {@code {"type":"read","data":{"chatType":"single","id":<reader>,"reader_id":<reader>,"seq":<n>}}} (API.md j.9).
 */
public record ReadReceipt(ChatType chatType, long conversationPeerId, long readerId, long seq) {
    public ReadReceipt {
        Objects.requireNonNull(chatType, "chatType");
    }
}
