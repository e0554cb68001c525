package io.parley.chat.adapter.ws;

import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import java.time.Instant;
import java.util.UUID;

/** Messages as the core would hand them to the pusher or return them from a send. */
final class TestMessages {
    static final Instant CREATED = Instant.parse("2024-05-06T07:08:09.123Z");

    private TestMessages() {
    }

    /** A one-to-one text message from user {@code from} to user {@code to}. */
    static Message text(long from, long to, String data) {
        return text(from, to, data, null);
    }

    static Message text(long from, long to, String data, String clientMsgId) {
        return new Message(new MessageId(UUID.randomUUID().toString()), 7, 3, from, "name" + from, "avatar" + from,
                "uuid-" + from, to, "name" + to, "avatar" + to, ChatType.SINGLE, "text", MessageData.text(data), null,
                ClientMessageId.optional(clientMsgId).orElse(null), CREATED, false);
    }

    /** The message from user {@code from} to user {@code to} as the core stores it once its sender recalled it. */
    static Message recalled(long from, long to) {
        return text(from, to, "gone soon").recalledCopy();
    }
}
