package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.shared.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageJsonTest {
    private final ObjectMapper json = new ObjectMapper();
    private final MessageJson messages = new MessageJson(json);

    @Test
    void aNoticeCarriesItsDataAsAnObjectAndItsOptionsAsJson() {
        JsonNode node = messages.of(message(0, MessageData.json("{\"data\":\"欢迎\",\"dataType\":false,\"otherData\":null}"),
                "{}", false));

        assertTrue(node.path("data").isObject(), node.toString());
        assertEquals("欢迎", node.path("data").path("data").asText());
        assertTrue(node.path("data").has("otherData"));
        assertTrue(node.path("options").isObject());
        assertEquals(0, node.path("from_id").asLong());
        assertEquals("", node.path("sendUUid").asText());
    }

    @Test
    void aUsersTextStaysAStringEvenWhenItLooksLikeJson() {
        JsonNode node = messages.of(message(5, MessageData.text("{\"data\":\"hi\"}"), null, false));

        assertTrue(node.path("data").isTextual());
        assertEquals("{\"data\":\"hi\"}", node.path("data").asText());
        assertTrue(node.path("options").isNull());
        assertTrue(node.path("client_msg_id").isNull());
    }

    @Test
    void unreadableOptionsAreNull() {
        assertTrue(messages.of(message(5, MessageData.text("x"), "{broken", false)).path("options").isNull());
    }

    @Test
    void aRecalledMessageIsMarked() {
        JsonNode node = messages.of(message(5, MessageData.text("x"), null, false).recalledCopy());

        assertEquals(1, node.path("isremove").asInt());
        assertEquals("", node.path("data").asText());
    }

    @Test
    void aDeliveredMessageIsTheMessageUntilItIsRecalled() {
        Message message = message(5, MessageData.text("x"), null, false);

        assertEquals(messages.of(message), messages.delivered(message, Language.ZH));
        assertFalse(messages.delivered(message, Language.ZH).has("actionType"));
        JsonNode notice = messages.delivered(message.recalledCopy(), Language.ZH);
        assertEquals("revoke", notice.path("actionType").asText());
        assertEquals("systemNotice", notice.path("type").asText());
        assertEquals("n撤回了一条消息", notice.path("data").path("data").asText());
    }

    @Test
    void aNameThatLooksLikeAPatternIsWrittenAsItIs() {
        Message m = message(5, MessageData.text("x"), null, true);
        Message odd = new Message(m.id(), m.conversationId(), m.seq(), m.fromId(), "it's {0} 'me'", m.fromAvatar(),
                m.senderUuid(), m.toId(), m.toName(), m.toAvatar(), m.chatType(), m.type(), m.data(), m.options(),
                m.clientMessageId(), m.createTime(), true);

        assertEquals("it's {0} 'me' recalled a message",
                messages.recallNotice(odd, Language.EN).path("data").path("data").asText());
    }

    @Test
    void aGroupMessageNamesItsGroupAfterIsremove() {
        Message m = message(5, MessageData.text("x"), null, false);
        Message inGroup = new Message(m.id(), m.conversationId(), m.seq(), m.fromId(), m.fromName(), m.fromAvatar(),
                m.senderUuid(), 12, "周末爬山", "/1.png,/2.png", ChatType.GROUP, "text", m.data(), m.options(),
                m.clientMessageId(), m.createTime(), false);

        JsonNode node = messages.of(inGroup);

        assertEquals("group", node.path("chatType").asText());
        JsonNode group = node.path("group");
        assertEquals(List.of("id", "name", "avatar"), fieldNames(group));
        assertEquals(12, group.path("id").asLong());
        assertTrue(group.path("id").isIntegralNumber());
        assertEquals("周末爬山", group.path("name").asText());
        assertEquals("/1.png,/2.png", group.path("avatar").asText());
        List<String> names = fieldNames(node);
        assertEquals(names.indexOf("isremove") + 1, names.indexOf("group"), names.toString());
        assertEquals(12, messages.recallNotice(inGroup.recalledCopy(), Language.ZH).path("group").path("id")
                .asLong());
    }

    @Test
    void aOneToOneMessageHasNoGroup() {
        Message single = message(5, MessageData.text("x"), null, false);

        assertFalse(messages.of(single).has("group"));
        assertFalse(messages.recallNotice(single.recalledCopy(), Language.ZH).has("group"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Message message(long from, MessageData data, String options, boolean recalled) {
        return new Message(new MessageId(UUID.randomUUID().toString()), 1, 1, from, "n", "a", from == 0 ? null : "u",
                2, "m", "b", ChatType.SINGLE, "systemNotice", data, options, null, Instant.ofEpochMilli(1_700_000_000_000L),
                recalled);
    }
}
