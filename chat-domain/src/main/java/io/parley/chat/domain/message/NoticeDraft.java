package io.parley.chat.domain.message;

import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A notice on its way to the store: everything but its place in the conversation. A notice from the system
 * ({@code sender} null) is kept in the recipient's own one-to-one conversation (as a note to self), so that it needs
 * no peer; a notice on a user's behalf (N-2: "we are friends now") is kept in the conversation of the two. Either way
 * it is the system speaking: it counts as nobody's message under the one-message rule (API.md j.9).
 *
 * @param sender the user the notice speaks for, or {@code null} for the system itself
 * @param options client extras as JSON text, {@code null} for none
 */
public record NoticeDraft(
        MessageId id,
        User sender,
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

    /** The other participant of the conversation the notice belongs to: its sender, or for the system the recipient. */
    public UserId conversationPeer() {
        return sender == null ? recipient.id() : sender.id();
    }

    public Message toMessage(long conversationId, long seq) {
        long fromId = sender == null ? Message.SYSTEM_SENDER : sender.id().value();
        String sendUuid = sender == null ? "" : sender.uuid();
        return new Message(id, conversationId, seq, fromId, fromName, fromAvatar, sendUuid,
                recipient.id().value(), recipient.displayName(), recipient.avatar(), ChatType.SINGLE, type, data,
                options, null, at, false);
    }
}
