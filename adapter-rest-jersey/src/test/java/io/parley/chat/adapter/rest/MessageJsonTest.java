package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.shared.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire form of a message (API.md b.8 plus {@code seq} and {@code client_msg_id}). */
class MessageJsonTest {
    private final ObjectMapper mapper = JsonMapping.create();

    @Test
    void aClientMessageHasEveryFieldInTheSeedsOrder() {
        JsonNode json = write(MessageJson.of(Messages.fromAlice(), mapper));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("id", "from_id", "from_name", "from_avatar", "sendUUid", "to_id", "to_name",
                "to_avatar", "chatType", "type", "data", "options", "create_time", "isremove", "seq",
                "client_msg_id"), names);
        assertTrue(json.get("data").isTextual());
        assertEquals(Messages.CLIENT_TEXT, json.get("data").asText());
        assertEquals(3, json.get("options").get("reply").get("id").asInt());
        assertTrue(json.get("create_time").isIntegralNumber());
        assertEquals(Messages.SENT_AT.toEpochMilli(), json.get("create_time").asLong());
    }

    @Test
    void aNoticesDataIsItsObject() {
        JsonNode json = write(MessageJson.of(Messages.notice(), mapper));

        assertTrue(json.get("data").isObject());
        assertEquals("我们已经是好友了，可以开始聊天了", json.get("data").get("data").asText());
        assertTrue(json.get("options").isObject());
        assertTrue(json.get("client_msg_id").isNull());
    }

    @Test
    void aRecalledMessageIsMarkedAndEmpty() {
        JsonNode json = write(MessageJson.of(Messages.fromAlice().recalledCopy(), mapper));

        assertEquals(1, json.get("isremove").asInt());
        assertEquals("", json.get("data").asText());
        assertTrue(json.get("options").isNull());
    }

    @Test
    void brokenStoredJsonNeverBreaksTheAnswer() {
        JsonNode json = write(MessageJson.of(Messages.withData(MessageData.json("{not json"), "{also not"), mapper));

        assertEquals("{not json", json.get("data").asText());
        assertTrue(json.get("options").isNull());
    }

    @Test
    void theRecallNoticeNamesTheSenderByTheNameTheMessageCarries() {
        JsonNode json = write(MessageJson.recallNotice(Messages.recalled(), Language.ZH, mapper));

        assertEquals("systemNotice", json.get("type").asText());
        assertEquals("revoke", json.get("actionType").asText());
        assertEquals("Ali撤回了一条消息", json.get("data").get("data").asText());
        assertEquals(Messages.ID, json.get("id").asText());
        assertEquals(1, json.get("isremove").asInt());
    }

    @Test
    void aNameThatLooksLikeAPatternIsWrittenAsItIs() {
        Message m = Messages.recalled();
        Message odd = new Message(m.id(), m.conversationId(), m.seq(), m.fromId(), "it's {0} 'me'", m.fromAvatar(),
                m.senderUuid(), m.toId(), m.toName(), m.toAvatar(), m.chatType(), m.type(), m.data(), m.options(),
                m.clientMessageId(), m.createTime(), true);

        JsonNode json = write(MessageJson.recallNotice(odd, Language.EN, mapper));

        assertEquals("it's {0} 'me' recalled a message", json.get("data").get("data").asText());
    }

    @Test
    void onlyTheNoticeHasAnActionType() {
        assertFalse(write(MessageJson.of(Messages.recalled(), mapper)).has("actionType"));
        assertFalse(write(MessageJson.of(Messages.fromAlice(), mapper)).has("actionType"));
    }

    @Test
    void aGroupMessageNamesItsGroupAfterIsremove() {
        JsonNode json = write(MessageJson.of(Messages.inGroup(), mapper));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("id", "from_id", "from_name", "from_avatar", "sendUUid", "to_id", "to_name",
                "to_avatar", "chatType", "type", "data", "options", "create_time", "isremove", "group", "seq",
                "client_msg_id"), names);
        assertEquals("group", json.get("chatType").asText());
        JsonNode group = json.get("group");
        List<String> groupNames = new ArrayList<>();
        group.fieldNames().forEachRemaining(groupNames::add);
        assertEquals(List.of("id", "name", "avatar"), groupNames);
        assertTrue(group.get("id").isIntegralNumber());
        assertEquals(Messages.GROUP_ID, group.get("id").asLong());
        assertEquals("周末爬山", group.get("name").asText());
        assertEquals("/a.png,/b.png", group.get("avatar").asText());
    }

    @Test
    void theRecallNoticeOfAGroupMessageNamesTheGroupToo() {
        JsonNode json = write(MessageJson.recallNotice(Messages.inGroup().recalledCopy(), Language.ZH, mapper));

        assertEquals(Messages.GROUP_ID, json.get("group").get("id").asLong());
    }

    @Test
    void aOneToOneMessageHasNoGroup() {
        assertFalse(write(MessageJson.of(Messages.fromAlice(), mapper)).has("group"));
        assertFalse(write(MessageJson.recallNotice(Messages.recalled(), Language.ZH, mapper)).has("group"));
    }

    private JsonNode write(MessageJson message) {
        try {
            return mapper.readTree(mapper.writeValueAsString(message));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
