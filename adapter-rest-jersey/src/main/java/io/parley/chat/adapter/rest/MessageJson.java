package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A chat message on the wire (API.md b.8 plus Parley's {@code seq} and {@code client_msg_id}): the #20 answer, and
 * the rows of history and conversations. {@code data} is the client's text as a JSON string, or a notice's JSON
 * object as it is; {@code options} is the client's extras as JSON, or null. {@code actionType} is written only by
 * the recall notice (N-6), the answer of #37. {@code group} is written only for group messages: the group's id,
 * name and avatar as the message stored them (N-3 tells every new member the group's id this way, j.6).
 */
record MessageJson(
        String id,
        @JsonProperty("from_id") long fromId,
        @JsonProperty("from_name") String fromName,
        @JsonProperty("from_avatar") String fromAvatar,
        @JsonProperty("sendUUid") String sendUuid,
        @JsonProperty("to_id") long toId,
        @JsonProperty("to_name") String toName,
        @JsonProperty("to_avatar") String toAvatar,
        String chatType,
        String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) String actionType,
        JsonNode data,
        JsonNode options,
        @JsonProperty("create_time") long createTime,
        int isremove,
        @JsonInclude(JsonInclude.Include.NON_NULL) GroupRef group,
        long seq,
        @JsonProperty("client_msg_id") String clientMsgId) {

    private static final Logger LOG = LoggerFactory.getLogger(MessageJson.class);
    private static final String NOTICE_TYPE = "systemNotice";
    private static final String REVOKE = "revoke";

    /** The message as stored; a recalled one shows {@code isremove:1} and {@code data:""} (history, j.9). */
    static MessageJson of(Message m, ObjectMapper mapper) {
        return new MessageJson(m.id().value(), m.fromId(), m.fromName(), m.fromAvatar(), m.senderUuid(), m.toId(),
                m.toName(), m.toAvatar(), m.chatType().wireName(), m.type(), null, data(m, mapper),
                options(m, mapper), m.createTime().toEpochMilli(), m.recalled() ? 1 : 0, GroupRef.of(m), m.seq(),
                m.clientId().map(ClientMessageId::value).orElse(null));
    }

    /**
     * The notice that tells of the recall of {@code recalled} (N-6, j.10): the message's own {@code id}, sender,
     * recipient, {@code seq} and {@code create_time} as stored (the notice is no message of its own), typed
     * {@code systemNotice} with {@code actionType:"revoke"}, and the sentence "&lt;from_name&gt; recalled a message"
     * in {@code language}. It carries no {@code client_msg_id}: the id named the sender's original, and a client
     * that matches its own sends by it must not take the notice for one.
     */
    static MessageJson recallNotice(Message recalled, Language language, ObjectMapper mapper) {
        ObjectNode data = mapper.createObjectNode()
                .put("data", ChatText.MESSAGE_RECALLED.text(language, recalled.fromName()))
                .put("dataType", false)
                .putNull("otherData");
        return new MessageJson(recalled.id().value(), recalled.fromId(), recalled.fromName(), recalled.fromAvatar(),
                recalled.senderUuid(), recalled.toId(), recalled.toName(), recalled.toAvatar(),
                recalled.chatType().wireName(), NOTICE_TYPE, REVOKE, data, mapper.createObjectNode(),
                recalled.createTime().toEpochMilli(), 1, GroupRef.of(recalled), recalled.seq(), null);
    }

    /** {@code "group":{"id","name","avatar"}} of a group message (API.md b.8); null for a one-to-one message. */
    record GroupRef(long id, String name, String avatar) {
        static GroupRef of(Message m) {
            return m.chatType() == ChatType.GROUP ? new GroupRef(m.toId(), m.toName(), m.toAvatar()) : null;
        }
    }

    private static JsonNode data(Message m, ObjectMapper mapper) {
        MessageData data = m.data();
        if (data.kind() == MessageData.Kind.TEXT) {
            return TextNode.valueOf(data.value());
        }
        JsonNode value = parse(data.value(), mapper);
        if (value == null) {
            // the core writes notices as JSON; should a stored one be broken, the client still gets its words
            LOG.warn("message {}: stored JSON data is not JSON, sent as text", m.id());
            return TextNode.valueOf(data.value());
        }
        return value;
    }

    private static JsonNode options(Message m, ObjectMapper mapper) {
        if (m.options() == null) {
            return null;
        }
        JsonNode value = parse(m.options(), mapper);
        if (value == null) {
            // options are best effort in the seed too (null when unreadable); one broken value must not break the reply
            LOG.warn("message {}: stored options are not JSON, sent as null", m.id());
        }
        return value;
    }

    private static JsonNode parse(String text, ObjectMapper mapper) {
        try {
            JsonNode value = mapper.readTree(text);
            return value == null || value.isMissingNode() ? null : value;
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
