package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message as the seed's clients read it (API.md b.8) plus Parley's {@code seq} and {@code client_msg_id}: the
 * {@code data} of {@code singleChat} and {@code sent} frames.
 */
final class MessageJson {
    private static final Logger LOG = LoggerFactory.getLogger(MessageJson.class);

    private final ObjectMapper json;
    /** Text with anything after the JSON value is not JSON, whatever the mapper was configured with. */
    private final ObjectReader strict;

    MessageJson(ObjectMapper json) {
        this.json = json;
        this.strict = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    ObjectNode of(Message message) {
        ObjectNode node = json.createObjectNode()
                .put("id", message.id().value())
                .put("from_id", message.fromId())
                .put("from_name", message.fromName())
                .put("from_avatar", message.fromAvatar())
                .put("sendUUid", message.senderUuid())
                .put("to_id", message.toId())
                .put("to_name", message.toName())
                .put("to_avatar", message.toAvatar())
                .put("chatType", message.chatType().wireName())
                .put("type", message.type());
        node.set("data", data(message));
        node.set("options", options(message));
        node.put("create_time", message.createTime().toEpochMilli())
                .put("isremove", message.recalled() ? 1 : 0)
                .put("seq", message.seq())
                .put("client_msg_id", message.clientId().map(ClientMessageId::value).orElse(null));
        return node;
    }

    /** A user's text stays the string it was posted as; a notice's JSON is embedded as the value it is. */
    private JsonNode data(Message message) {
        MessageData data = message.data();
        if (data.kind() == MessageData.Kind.TEXT) {
            return TextNode.valueOf(data.value());
        }
        JsonNode parsed = parse(data.value());
        if (parsed == null) {
            // the store promised JSON; the content still reaches the client rather than nothing
            LOG.warn("message {} has data of kind JSON that is not JSON; sending it as text", message.id());
            return TextNode.valueOf(data.value());
        }
        return parsed;
    }

    /** The options were kept as JSON text; something unreadable is the same as none (API.md c.3 #20). */
    private JsonNode options(Message message) {
        if (message.options() == null) {
            return NullNode.getInstance();
        }
        JsonNode parsed = parse(message.options());
        return parsed == null ? NullNode.getInstance() : parsed;
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = strict.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
