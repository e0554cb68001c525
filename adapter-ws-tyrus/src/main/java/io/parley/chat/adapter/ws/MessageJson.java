package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message as the seed's clients read it (API.md b.8) plus Parley's {@code seq} and {@code client_msg_id}: the
 * {@code data} of {@code singleChat} and {@code sent} frames. A recalled message reaches a socket as its recall
 * notice (N-6) instead, the same form the HTTP API answers #37 with.
 */
final class MessageJson {
    private static final Logger LOG = LoggerFactory.getLogger(MessageJson.class);
    private static final String NOTICE_TYPE = "systemNotice";
    private static final String REVOKE = "revoke";

    private final ObjectMapper json;
    /** Text with anything after the JSON value is not JSON, whatever the mapper was configured with. */
    private final ObjectReader strict;

    MessageJson(ObjectMapper json) {
        this.json = json;
        this.strict = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** What a socket receives for {@code message}: the message, or its recall notice once it was recalled. */
    ObjectNode delivered(Message message, Language language) {
        return message.recalled() ? recallNotice(message, language) : of(message);
    }

    /** The message as stored. */
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
                .put("isremove", message.recalled() ? 1 : 0);
        putGroup(node, message);
        node.put("seq", message.seq())
                .put("client_msg_id", message.clientId().map(ClientMessageId::value).orElse(null));
        return node;
    }

    /**
     * The notice of a recall (N-6, j.10): the message's own {@code id}, sender, recipient, {@code seq} and
     * {@code create_time} as stored (the notice is no message of its own), typed {@code systemNotice} with
     * {@code actionType:"revoke"}, and the sentence "&lt;from_name&gt; recalled a message" in {@code language}. It
     * carries no {@code client_msg_id}: the id named the sender's original, and a client that matches its own sends
     * by it must not take the notice for one.
     */
    ObjectNode recallNotice(Message recalled, Language language) {
        ObjectNode node = json.createObjectNode()
                .put("id", recalled.id().value())
                .put("from_id", recalled.fromId())
                .put("from_name", recalled.fromName())
                .put("from_avatar", recalled.fromAvatar())
                .put("sendUUid", recalled.senderUuid())
                .put("to_id", recalled.toId())
                .put("to_name", recalled.toName())
                .put("to_avatar", recalled.toAvatar())
                .put("chatType", recalled.chatType().wireName())
                .put("type", NOTICE_TYPE)
                .put("actionType", REVOKE);
        node.putObject("data")
                .put("data", ChatText.MESSAGE_RECALLED.text(language, recalled.fromName()))
                .put("dataType", false)
                .putNull("otherData");
        node.putObject("options");
        node.put("create_time", recalled.createTime().toEpochMilli())
                .put("isremove", 1);
        putGroup(node, recalled);
        node.put("seq", recalled.seq())
                .putNull("client_msg_id");
        return node;
    }

    /**
     * A group message names its group (API.md b.8): {@code "group":{"id","name","avatar"}} as the message stored
     * them; N-3 tells every new member the group's id this way (j.6). A one-to-one message has no such field.
     */
    private static void putGroup(ObjectNode node, Message message) {
        if (message.chatType() == ChatType.GROUP) {
            node.putObject("group")
                    .put("id", message.toId())
                    .put("name", message.toName())
                    .put("avatar", message.toAvatar());
        }
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
