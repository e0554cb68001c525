package io.parley.chat.domain.message;

import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.user.User;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-to-one message on its way to the store: everything but its place in the conversation, which the store
 * gives it, and the names, which the sendability decision gives it.
 */
public record DirectMessageDraft(
        MessageId id,
        User sender,
        User recipient,
        String type,
        MessageData data,
        String options,
        ClientMessageId clientMessageId,
        Instant at) {

    public DirectMessageDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(at, "at");
    }

    public Message toMessage(long conversationId, long seq, SendDecision.Allowed names) {
        return new Message(id, conversationId, seq, sender.id().value(), names.fromName(), sender.avatar(),
                sender.uuid(), recipient.id().value(), names.toName(), recipient.avatar(), ChatType.SINGLE, type, data,
                options, clientMessageId, at, false);
    }
}
