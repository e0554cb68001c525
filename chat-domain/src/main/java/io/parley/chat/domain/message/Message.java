package io.parley.chat.domain.message;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored chat message (API.md b.8): who sent it to whom, under which names and avatars at the time, its place in
 * the conversation ({@code seq}, strictly increasing without gaps), its content, and whether it was recalled.
 *
 * @param fromId the sender's user id, 0 for the system
 * @param toId the recipient's user id, or the group id
 * @param options client extras as JSON text, {@code null} when the client sent none or something unreadable
 * @param clientMessageId the sender's own id for the message, if it gave one
 * @param senderUuid the sender's public uuid ({@code sendUUid}); empty for the system
 */
public record Message(
        MessageId id,
        long conversationId,
        long seq,
        long fromId,
        String fromName,
        String fromAvatar,
        String senderUuid,
        long toId,
        String toName,
        String toAvatar,
        ChatType chatType,
        String type,
        MessageData data,
        String options,
        ClientMessageId clientMessageId,
        Instant createTime,
        boolean recalled) {

    public static final long SYSTEM_SENDER = 0;

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chatType, "chatType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(createTime, "createTime");
        fromName = fromName == null ? "" : fromName;
        fromAvatar = fromAvatar == null ? "" : fromAvatar;
        senderUuid = senderUuid == null ? "" : senderUuid;
        toName = toName == null ? "" : toName;
        toAvatar = toAvatar == null ? "" : toAvatar;
    }

    public Optional<ClientMessageId> clientId() {
        return Optional.ofNullable(clientMessageId);
    }

    public boolean isFromSystem() {
        return fromId == SYSTEM_SENDER;
    }

    /** The message as history shows it after a recall: marked, content dropped. */
    public Message recalledCopy() {
        return new Message(id, conversationId, seq, fromId, fromName, fromAvatar, senderUuid, toId, toName, toAvatar,
                chatType, type, MessageData.REMOVED, null, clientMessageId, createTime, true);
    }
}
