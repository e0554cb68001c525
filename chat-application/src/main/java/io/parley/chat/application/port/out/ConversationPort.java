package io.parley.chat.application.port.out;

import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading and keeping up one-to-one conversations: history, the list of my conversations with unread counts, read
 * pointers, and recall. Every method is its own transaction.
 */
public interface ConversationPort {
    /**
     * Messages of the conversation of {@code me} and {@code peer}, newest first, with {@code seq < beforeSeq} when
     * given, at most {@code limit}; empty when the two never wrote. Recalled messages are included as stored
     * (recalled, content dropped).
     */
    List<Message> history(UserId me, UserId peer, Long beforeSeq, int limit);

    /** My one-to-one conversations, most recently active first, each with its last message and my unread count. */
    List<ConversationEntry> conversationsOf(UserId me);

    /**
     * Moves my read pointer in the conversation with {@code peer} forward to {@code seq} (never backward, never past
     * the last message).
     *
     * @return the read pointer after the call; empty when there is no such conversation
     */
    Optional<Long> markRead(UserId me, UserId peer, long seq);

    /**
     * Marks the message recalled and drops its content, and makes sure its recipient has an inbox entry for it
     * again, so that the recall reaches them even if the message had been delivered already — one transaction.
     *
     * @return the message as stored now; empty when there is no such message
     */
    Optional<Message> recall(MessageId id, Instant at);

    /**
     * One line of my conversation list.
     *
     * @param unread messages from the peer after my read pointer (notices count too)
     */
    record ConversationEntry(UserId peer, Message lastMessage, long unread, Instant updatedAt) {
        public ConversationEntry {
            Objects.requireNonNull(peer, "peer");
            Objects.requireNonNull(lastMessage, "lastMessage");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }
}
