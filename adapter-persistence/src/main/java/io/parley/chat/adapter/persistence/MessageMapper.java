package io.parley.chat.adapter.persistence;

import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import java.util.Locale;

/** Turns message rows into domain messages and back. Times are kept to the millisecond, as the columns hold them. */
final class MessageMapper {
    private static final short NO = 0;
    private static final short YES = 1;

    private MessageMapper() {
    }

    static MessageEntity newRow(Message message) {
        MessageEntity row = new MessageEntity();
        row.id = message.id().value();
        row.conversationId = message.conversationId();
        row.seq = message.seq();
        row.fromId = message.fromId();
        row.fromName = message.fromName();
        row.fromAvatar = message.fromAvatar();
        row.senderUuid = message.senderUuid();
        row.toId = message.toId();
        row.toName = message.toName();
        row.toAvatar = message.toAvatar();
        row.chatType = message.chatType().wireName();
        row.type = message.type();
        row.dataKind = message.data().kind().name().toLowerCase(Locale.ROOT);
        row.data = message.data().value();
        row.options = message.options();
        row.clientMsgId = message.clientId().map(ClientMessageId::value).orElse(null);
        row.createTime = UserMapper.stored(message.createTime());
        row.isremove = message.recalled() ? YES : NO;
        return row;
    }

    /**
     * @throws IllegalStateException when the row holds what no message can hold (a hand-edited or corrupt row)
     */
    static Message toDomain(MessageEntity row) {
        try {
            return new Message(new MessageId(row.id), row.conversationId, row.seq, row.fromId, row.fromName,
                    row.fromAvatar, row.senderUuid, row.toId, row.toName, row.toAvatar, chatType(row.chatType),
                    row.type, new MessageData(MessageData.Kind.valueOf(row.dataKind.toUpperCase(Locale.ROOT)), row.data),
                    row.options, row.clientMsgId == null ? null : new ClientMessageId(row.clientMsgId),
                    row.createTime, row.isremove != NO);
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("message " + row.id + " as stored cannot be read: "
                    + unreadable.getMessage(), unreadable);
        }
    }

    private static ChatType chatType(String wireName) {
        return ChatType.fromWireName(wireName)
                .orElseThrow(() -> new IllegalArgumentException("unknown chat type " + wireName));
    }
}
