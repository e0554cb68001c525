package io.parley.chat.adapter.rest;

import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import java.time.Instant;

/** Test messages (object mother): Alice (7) to Bob (8), every field filled and each one different. */
final class Messages {
    static final String ID = "0b7e6a52-3c1d-4f7e-9a2b-5c6d7e8f9a0b";
    static final String CLIENT_TEXT = "{\"data\":\"hi Bob\",\"dataType\":false,\"otherData\":null}";
    static final String NOTICE = "{\"data\":\"我们已经是好友了，可以开始聊天了\",\"dataType\":false,\"otherData\":null}";
    static final Instant SENT_AT = Instant.parse("2025-07-16T08:09:10.123Z");

    private Messages() {
    }

    /** What Alice typed, with options and a client id. */
    static Message fromAlice() {
        return new Message(new MessageId(ID), 41, 5, 7, "Ali", "/a.png", Accounts.alice().uuid(), 8, "Bobby",
                "/b.png", ChatType.SINGLE, "text", MessageData.text(CLIENT_TEXT), "{\"reply\":{\"id\":3}}",
                new ClientMessageId("c-1"), SENT_AT, false);
    }

    static Message withoutExtras() {
        Message m = fromAlice();
        return new Message(m.id(), m.conversationId(), m.seq(), m.fromId(), m.fromName(), m.fromAvatar(),
                m.senderUuid(), m.toId(), m.toName(), m.toAvatar(), m.chatType(), m.type(), m.data(), null, null,
                m.createTime(), false);
    }

    static final long GROUP_ID = 12;

    /** What Alice typed into group 12, "周末爬山". */
    static Message inGroup() {
        Message m = fromAlice();
        return new Message(m.id(), m.conversationId(), m.seq(), m.fromId(), m.fromName(), m.fromAvatar(),
                m.senderUuid(), GROUP_ID, "周末爬山", "/a.png,/b.png", ChatType.GROUP, m.type(), m.data(),
                m.options(), m.clientMessageId(), m.createTime(), false);
    }

    /** A server notice: its data is a JSON object. */
    static Message notice() {
        Message m = fromAlice();
        return new Message(m.id(), m.conversationId(), 6, m.fromId(), m.fromName(), m.fromAvatar(),
                m.senderUuid(), m.toId(), m.toName(), m.toAvatar(), m.chatType(), "systemNotice",
                MessageData.json(NOTICE), "{}", null, m.createTime(), false);
    }

    static Message withData(MessageData data, String options) {
        Message m = fromAlice();
        return new Message(m.id(), m.conversationId(), m.seq(), m.fromId(), m.fromName(), m.fromAvatar(),
                m.senderUuid(), m.toId(), m.toName(), m.toAvatar(), m.chatType(), m.type(), data, options,
                m.clientMessageId(), m.createTime(), m.recalled());
    }

    /** Alice's message after she recalled it, as the core stores and returns it. */
    static Message recalled() {
        return fromAlice().recalledCopy();
    }

    /** Alice's message with another place in the conversation. */
    static Message withSeq(long seq) {
        Message m = fromAlice();
        return new Message(new MessageId(ID.substring(0, 30) + String.format("%06d", seq)), m.conversationId(), seq,
                m.fromId(), m.fromName(), m.fromAvatar(), m.senderUuid(), m.toId(), m.toName(), m.toAvatar(),
                m.chatType(), m.type(), m.data(), m.options(), m.clientMessageId(), m.createTime(), m.recalled());
    }
}
