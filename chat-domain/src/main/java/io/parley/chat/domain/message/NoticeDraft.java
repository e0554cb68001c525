package io.parley.chat.domain.message;

import io.parley.chat.domain.user.User;
import java.time.Instant;
import java.util.Objects;

/**
 * A message from the system to one user on its way to the store: everything but its place in the conversation. The
 * store keeps it in the recipient's own one-to-one conversation (as a note to self), so that it needs no peer.
 *
 * @param options client extras as JSON text, {@code null} for none
 */
public record NoticeDraft(
        MessageId id,
        String fromName,
        String fromAvatar,
        User recipient,
        String type,
        MessageData data,
        String options,
        Instant at) {

    public NoticeDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(fromAvatar, "fromAvatar");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(at, "at");
    }

    public Message toMessage(long conversationId, long seq) {
        return new Message(id, conversationId, seq, Message.SYSTEM_SENDER, fromName, fromAvatar, "",
                recipient.id().value(), recipient.displayName(), recipient.avatar(), ChatType.SINGLE, type, data,
                options, null, at, false);
    }
}
