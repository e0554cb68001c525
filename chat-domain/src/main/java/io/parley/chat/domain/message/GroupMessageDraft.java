package io.parley.chat.domain.message;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.user.User;
import java.time.Instant;
import java.util.Objects;

/**
 * A message to a group on its way to the store: everything but its place in the group's conversation. A member's
 * message ({@code sender} set) or a notice of the group's life ({@code sender} null: the system speaks, N-3…N-5);
 * either way one message row, and one inbox entry per recipient.
 *
 * @param sender the member who sent it, or {@code null} for a notice from the system
 * @param fromName the sender's name in the group (group nickname, else nickname, else username), or the notice's
 * @param fromAvatar the sender's avatar in the group (group avatar, else own), or the notice's
 * @param options client extras as JSON text, {@code null} for none
 * @param clientMessageId the sender's own id for the message (idempotency), {@code null} for none or a notice
 */
public record GroupMessageDraft(
        MessageId id,
        User sender,
        String fromName,
        String fromAvatar,
        Group group,
        String type,
        MessageData data,
        String options,
        ClientMessageId clientMessageId,
        Instant at) {

    public GroupMessageDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(fromAvatar, "fromAvatar");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(at, "at");
    }

    public Message toMessage(long conversationId, long seq) {
        long fromId = sender == null ? Message.SYSTEM_SENDER : sender.id().value();
        String senderUuid = sender == null ? "" : sender.uuid();
        return new Message(id, conversationId, seq, fromId, fromName, fromAvatar, senderUuid, group.id().value(),
                group.name(), group.avatar(), ChatType.GROUP, type, data, options, clientMessageId, at, false);
    }
}
