package io.parley.chat.adapter.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.chat.application.port.out.MessageBusPort.Subscriber;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The bus's publications as JSON text: {@code {"v":1,"kind":"message","user":2,"message":{…}}}. The version lets
 * nodes of two releases share a bus during a rolling upgrade: a node drops (and logs) a publication of a version it
 * does not read, which costs only latency, as the inbox keeps every message.
 */
final class BusCodec {
    /** The version this node writes and reads. */
    static final int VERSION = 1;

    private final ObjectMapper json = new ObjectMapper();

    String message(UserId recipient, Message message) {
        ObjectNode publication = publication("message", recipient);
        ObjectNode m = publication.putObject("message");
        m.put("id", message.id().value());
        m.put("conversationId", message.conversationId());
        m.put("seq", message.seq());
        m.put("fromId", message.fromId());
        m.put("fromName", message.fromName());
        m.put("fromAvatar", message.fromAvatar());
        m.put("senderUuid", message.senderUuid());
        m.put("toId", message.toId());
        m.put("toName", message.toName());
        m.put("toAvatar", message.toAvatar());
        m.put("chatType", message.chatType().wireName());
        m.put("type", message.type());
        m.put("dataKind", message.data().kind().name());
        m.put("data", message.data().value());
        m.put("options", message.options());
        m.put("clientMsgId", message.clientId().map(ClientMessageId::value).orElse(null));
        // Instant's text keeps every nanosecond, which the stored message has too
        m.put("createTime", message.createTime().toString());
        m.put("recalled", message.recalled());
        return text(publication);
    }

    String readReceipt(UserId recipient, ReadReceipt receipt) {
        ObjectNode publication = publication("read", recipient);
        ObjectNode r = publication.putObject("receipt");
        r.put("chatType", receipt.chatType().wireName());
        r.put("peer", receipt.conversationPeerId());
        r.put("reader", receipt.readerId());
        r.put("seq", receipt.seq());
        return text(publication);
    }

    String pendingDelivery(UserId recipient) {
        return text(publication("pending", recipient));
    }

    String close(UserId user, String connection, DisconnectReason reason) {
        ObjectNode publication = publication("close", user);
        publication.put("connection", connection);
        publication.put("reason", reason.name());
        return text(publication);
    }

    String closeAll(UserId user, DisconnectReason reason) {
        ObjectNode publication = publication("closeAll", user);
        publication.put("reason", reason.name());
        return text(publication);
    }

    /**
     * Reads a publication into what it asks of the subscriber.
     *
     * @throws UnreadablePublication for text this node cannot read: not JSON, another version, an unknown kind, a
     *     field missing or invalid
     */
    Consumer<Subscriber> read(String text) {
        JsonNode publication;
        try {
            publication = json.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new UnreadablePublication("not JSON", notJson);
        }
        if (publication == null || !publication.isObject()) {
            throw new UnreadablePublication("not a JSON object");
        }
        int version = publication.path("v").asInt(-1);
        if (version != VERSION) {
            throw new UnreadablePublication("version " + publication.path("v") + ", this node reads " + VERSION);
        }
        try {
            UserId user = UserId.of(required(publication, "user").asLong());
            String kind = required(publication, "kind").asText();
            switch (kind) {
                case "message": {
                    Message message = message(required(publication, "message"));
                    return subscriber -> subscriber.message(user, message);
                }
                case "read": {
                    ReadReceipt receipt = receipt(required(publication, "receipt"));
                    return subscriber -> subscriber.readReceipt(user, receipt);
                }
                case "pending":
                    return subscriber -> subscriber.pendingDeliveryRequested(user);
                case "close": {
                    String connection = required(publication, "connection").asText();
                    DisconnectReason reason = reason(publication);
                    return subscriber -> subscriber.closeRequested(user, connection, reason);
                }
                case "closeAll": {
                    DisconnectReason reason = reason(publication);
                    return subscriber -> subscriber.closeAllRequested(user, reason);
                }
                default:
                    throw new UnreadablePublication("unknown kind " + kind);
            }
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new UnreadablePublication("invalid field: " + invalid.getMessage(), invalid);
        }
    }

    private ObjectNode publication(String kind, UserId user) {
        ObjectNode publication = json.createObjectNode();
        publication.put("v", VERSION);
        publication.put("kind", kind);
        publication.put("user", user.value());
        return publication;
    }

    private String text(ObjectNode publication) {
        try {
            return json.writeValueAsString(publication);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of strings and numbers is always JSON", impossible);
        }
    }

    private static Message message(JsonNode m) {
        return new Message(new MessageId(required(m, "id").asText()), required(m, "conversationId").asLong(),
                required(m, "seq").asLong(), required(m, "fromId").asLong(), optionalText(m, "fromName"),
                optionalText(m, "fromAvatar"), optionalText(m, "senderUuid"), required(m, "toId").asLong(),
                optionalText(m, "toName"), optionalText(m, "toAvatar"), chatType(required(m, "chatType").asText()),
                required(m, "type").asText(),
                new MessageData(MessageData.Kind.valueOf(required(m, "dataKind").asText()),
                        required(m, "data").asText()),
                optionalText(m, "options"),
                Optional.ofNullable(optionalText(m, "clientMsgId")).map(ClientMessageId::new).orElse(null),
                Instant.parse(required(m, "createTime").asText()), required(m, "recalled").asBoolean());
    }

    private static ReadReceipt receipt(JsonNode r) {
        return new ReadReceipt(chatType(required(r, "chatType").asText()), required(r, "peer").asLong(),
                required(r, "reader").asLong(), required(r, "seq").asLong());
    }

    private static DisconnectReason reason(JsonNode publication) {
        return DisconnectReason.valueOf(required(publication, "reason").asText());
    }

    private static ChatType chatType(String wireName) {
        return ChatType.fromWireName(wireName)
                .orElseThrow(() -> new IllegalArgumentException("unknown chat type " + wireName));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + " missing");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A publication this node cannot read; it is dropped. */
    static final class UnreadablePublication extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadablePublication(String why) {
            super(why);
        }

        UnreadablePublication(String why, Throwable cause) {
            super(why, cause);
        }
    }
}
