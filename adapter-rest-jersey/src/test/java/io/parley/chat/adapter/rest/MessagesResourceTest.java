package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.RestApiHarness.USER_TOKEN;
import static io.parley.chat.adapter.rest.RestApiHarness.VISITOR_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.application.port.in.RecallMessageCommand;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

/** #20, #21 and #37: parameters in, the stored message (or the recall notice) out; refusals with their codes. */
class MessagesResourceTest {
    /** encodeURIComponent(JSON.stringify({reply: {id: 3}, note: "a+b c"})) */
    private static final String ENCODED_OPTIONS =
            "%7B%22reply%22%3A%7B%22id%22%3A3%7D%2C%22note%22%3A%22a%2Bb%20c%22%7D";

    private static RestApiHarness api;

    @BeforeAll
    static void start() throws Exception {
        api = RestApiHarness.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void fresh() {
        api.resetMocks();
        api.acceptTokens();
        when(api.sendMessage.send(any())).thenReturn(Messages.fromAlice());
        when(api.recallMessage.recall(any())).thenReturn(Messages.recalled());
    }

    @Test
    void sendBuildsTheCommandFromAJsonBody() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN)
                .json("{\"sendto_id\":8,\"chatType\":\"single\",\"type\":\"text\",\"data\":"
                        + quoted(Messages.CLIENT_TEXT) + ",\"options\":\"" + ENCODED_OPTIONS
                        + "\",\"client_msg_id\":\"c-1\"}")
                .send();

        assertEquals(200, reply.status(), reply.text());
        SendMessageCommand command = sent();
        assertEquals(UserId.of(7), command.sender(), "the caller, never a parameter");
        assertEquals(ChatType.SINGLE, command.chatType());
        assertEquals(8, command.sendtoId());
        assertEquals("text", command.type());
        assertEquals(MessageData.text(Messages.CLIENT_TEXT), command.data(), "the client's text exactly");
        assertEquals("{\"reply\":{\"id\":3},\"note\":\"a+b c\"}", command.options());
        assertEquals(new ClientMessageId("c-1"), command.clientMessageId());
    }

    @Test
    void sendTakesAFormBodyWithNumbersAsText() throws Exception {
        // the form layer encodes the already encoded options once more
        String form = "sendto_id=8&chatType=single&type=image&data=" + formEncoded("/img/1.png")
                + "&options=" + formEncoded(ENCODED_OPTIONS);

        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN).form(form)
                .send();

        assertEquals(200, reply.status(), reply.text());
        SendMessageCommand command = sent();
        assertEquals(8, command.sendtoId());
        assertEquals("image", command.type());
        assertEquals(MessageData.text("/img/1.png"), command.data());
        assertEquals("{\"reply\":{\"id\":3},\"note\":\"a+b c\"}", command.options());
        assertNull(command.clientMessageId(), "client_msg_id is optional");
    }

    @Test
    void aPlusInTheOptionsIsKept() throws Exception {
        api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN)
                .json(body("\"options\":\"%7B%22q%22%3A%22a+b%22%7D\"")).send();

        assertEquals("{\"q\":\"a+b\"}", sent().options());
    }

    @ParameterizedTest(name = "options {0}")
    @CsvSource(delimiter = '|', value = {"''", "garbage", "%7B%22a", "%zz", "null"})
    void unreadableOrEmptyOptionsAreNullAndTheMessageStillGoes(String options) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN)
                .json(body("\"options\":\"" + options + "\"")).send();

        assertEquals(200, reply.status(), reply.text());
        assertNull(sent().options());
    }

    @Test
    void absentOptionsAreNull() throws Exception {
        api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN).json(body(null)).send();

        assertNull(sent().options());
        assertNull(sent().clientMessageId());
    }

    @Test
    void theAnswerIsTheStoredMessageInItsWireForm() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN)
                .json(body(null)).send();

        assertEquals("ok", reply.json().get("msg").asText());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "from_id", "from_name", "from_avatar", "sendUUid", "to_id", "to_name",
                "to_avatar", "chatType", "type", "data", "options", "create_time", "isremove", "seq",
                "client_msg_id"), fieldNames(data));
        assertEquals(Messages.ID, data.get("id").asText());
        assertTrue(data.get("from_id").isIntegralNumber());
        assertEquals(7, data.get("from_id").asLong());
        assertEquals("Ali", data.get("from_name").asText());
        assertEquals("/a.png", data.get("from_avatar").asText());
        assertEquals(Accounts.alice().uuid(), data.get("sendUUid").asText());
        assertEquals(8, data.get("to_id").asLong());
        assertEquals("Bobby", data.get("to_name").asText());
        assertEquals("/b.png", data.get("to_avatar").asText());
        assertEquals("single", data.get("chatType").asText());
        assertEquals("text", data.get("type").asText());
        assertTrue(data.get("data").isTextual(), "a client's data is the string it posted");
        assertEquals(Messages.CLIENT_TEXT, data.get("data").asText());
        assertTrue(data.get("options").isObject(), "options are JSON, not text");
        assertEquals(3, data.get("options").get("reply").get("id").asInt());
        assertTrue(data.get("create_time").isIntegralNumber());
        assertEquals(Messages.SENT_AT.toEpochMilli(), data.get("create_time").asLong());
        assertTrue(data.get("isremove").isInt());
        assertEquals(0, data.get("isremove").asInt());
        assertEquals(5, data.get("seq").asLong());
        assertEquals("c-1", data.get("client_msg_id").asText());
    }

    @Test
    void aMessageWithoutOptionsOrClientIdShowsNulls() throws Exception {
        when(api.sendMessage.send(any())).thenReturn(Messages.withoutExtras());

        JsonNode data = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN).json(body(null)).send()
                .json().get("data");

        assertTrue(data.has("options"));
        assertTrue(data.get("options").isNull());
        assertTrue(data.get("client_msg_id").isNull());
    }

    @Test
    void aNoticesDataIsAnObject() throws Exception {
        when(api.sendMessage.send(any())).thenReturn(Messages.notice());

        JsonNode data = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN).json(body(null)).send()
                .json().get("data");

        assertTrue(data.get("data").isObject());
        assertEquals(false, data.get("data").get("dataType").asBoolean(true));
        assertEquals(0, data.get("options").size());
        assertTrue(data.get("options").isObject());
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"RECIPIENT_UNAVAILABLE", "BLACKLISTED", "FOLLOW_REQUIRED",
        "LOGIN_REQUIRED", "FRIENDSHIP_REQUIRED", "ONE_MESSAGE_LIMIT", "NOT_SUPPORTED"})
    void aRefusalOfTheCoreIs400WithItsCode(ReasonCode reason) throws Exception {
        when(api.sendMessage.send(any())).thenThrow(new DomainException(reason));

        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN)
                .json(body(null)).send();

        assertEquals(400, reply.status());
        assertEquals("fail", reply.json().get("msg").asText());
        assertEquals(reason.name(), reply.code());
        assertEquals(reason.text(Language.ZH), reply.data());
    }

    @Test
    void aRefusalSpeaksEnglishWhenAsked() throws Exception {
        when(api.sendMessage.send(any())).thenThrow(new DomainException(ReasonCode.ONE_MESSAGE_LIMIT));

        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN)
                .header("Accept-Language", "en").json(body(null)).send();

        assertEquals(ReasonCode.ONE_MESSAGE_LIMIT.text(Language.EN), reply.data());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sendto_id|{\"chatType\":\"single\",\"type\":\"text\",\"data\":\"x\"}",
        "sendto_id|{\"sendto_id\":\"eight\",\"chatType\":\"single\",\"type\":\"text\",\"data\":\"x\"}",
        "sendto_id|{\"sendto_id\":0,\"chatType\":\"single\",\"type\":\"text\",\"data\":\"x\"}",
        "chatType|{\"sendto_id\":8,\"type\":\"text\",\"data\":\"x\"}",
        "chatType|{\"sendto_id\":8,\"chatType\":\"private\",\"type\":\"text\",\"data\":\"x\"}",
        "type|{\"sendto_id\":8,\"chatType\":\"single\",\"data\":\"x\"}",
        "data|{\"sendto_id\":8,\"chatType\":\"single\",\"type\":\"text\",\"data\":\"\"}",
        "client_msg_id|{\"sendto_id\":8,\"chatType\":\"single\",\"type\":\"text\",\"data\":\"x\","
            + "\"client_msg_id\":\"0123456789012345678901234567890123456789012345678901234567890123X\"}"})
    void aBadParameterIs422NamingItAndNeverReachesTheCore(String field, String json) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").header("token", USER_TOKEN).json(json)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals(field, reply.field());
        assertTrue(reply.data().contains(field), reply.data());
        verifyNoInteractions(api.sendMessage);
    }

    @Test
    void aVisitorMaySendAsThemself() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").header("token", VISITOR_TOKEN)
                .json(body(null)).send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals(UserId.of(9), sent().sender());
    }

    @Test
    void sendingNeedsAToken() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/socket/sendmessage").json(body(null)).send();

        assertEquals(400, reply.status());
        assertEquals("TOKEN_MISSING", reply.code());
        verifyNoInteractions(api.sendMessage);
    }

    @Test
    void offlineDeliveryPushesTheCallersInboxAndAnswersOk() throws Exception {
        when(api.deliverPending.deliverPending(any())).thenReturn(3);

        RestApiHarness.Reply reply = api.post("/api/chat/chatGetmessageOffLine").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.deliverPending).deliverPending(UserId.of(7));
    }

    @Test
    void aVisitorMayFetchTheirOfflineMessages() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/chatGetmessageOffLine").header("token", VISITOR_TOKEN)
                .send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.deliverPending).deliverPending(UserId.of(9));
    }

    @Test
    void offlineDeliveryNeedsAToken() throws Exception {
        assertEquals("TOKEN_MISSING", api.post("/api/chat/chatGetmessageOffLine").send().code());
        verifyNoInteractions(api.deliverPending);
    }

    @Test
    void recallAnswersTheRecallNoticeOfTheStoredMessage() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/revokeMessage").header("token", USER_TOKEN)
                .json("{\"id\":\"" + Messages.ID + "\",\"to_id\":8,\"chatType\":\"single\"}").send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.recallMessage).recall(
                new RecallMessageCommand(UserId.of(7), new MessageId(Messages.ID), 8L, ChatType.SINGLE));
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "from_id", "from_name", "from_avatar", "sendUUid", "to_id", "to_name",
                "to_avatar", "chatType", "type", "actionType", "data", "options", "create_time", "isremove", "seq",
                "client_msg_id"), fieldNames(data));
        assertEquals(Messages.ID, data.get("id").asText(), "the recalled message's own id");
        assertEquals(7, data.get("from_id").asLong());
        assertEquals("Ali", data.get("from_name").asText());
        assertEquals("/a.png", data.get("from_avatar").asText());
        assertEquals(Accounts.alice().uuid(), data.get("sendUUid").asText());
        assertEquals(8, data.get("to_id").asLong());
        assertEquals("Bobby", data.get("to_name").asText());
        assertEquals("/b.png", data.get("to_avatar").asText());
        assertEquals("single", data.get("chatType").asText());
        assertEquals("systemNotice", data.get("type").asText());
        assertEquals("revoke", data.get("actionType").asText());
        assertEquals(List.of("data", "dataType", "otherData"), fieldNames(data.get("data")));
        assertEquals("Ali撤回了一条消息", data.get("data").get("data").asText());
        assertTrue(data.get("data").get("dataType").isBoolean());
        assertEquals(false, data.get("data").get("dataType").asBoolean(true));
        assertTrue(data.get("data").get("otherData").isNull());
        assertTrue(data.get("options").isObject());
        assertEquals(0, data.get("options").size());
        assertEquals(Messages.SENT_AT.toEpochMilli(), data.get("create_time").asLong());
        assertEquals(1, data.get("isremove").asInt());
        assertEquals(5, data.get("seq").asLong());
        assertTrue(data.get("client_msg_id").isNull(), "the notice is not the sender's own message");
    }

    @Test
    void theRecallNoticeSpeaksEnglishWhenAsked() throws Exception {
        JsonNode data = api.post("/api/chat/revokeMessage").header("token", USER_TOKEN)
                .header("Accept-Language", "en-GB,en;q=0.8").json("{\"id\":\"" + Messages.ID + "\"}").send()
                .json().get("data");

        assertEquals("Ali recalled a message", data.get("data").get("data").asText());
    }

    @Test
    void recallIgnoresTheSeedsNameAvatarAndTimeAndTakesAFormBody() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/revokeMessage").header("token", USER_TOKEN)
                .form("id=" + Messages.ID + "&to_id=8&chatType=single&to_name=&to_avatar=x&create_time=yesterday")
                .send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.recallMessage).recall(
                new RecallMessageCommand(UserId.of(7), new MessageId(Messages.ID), 8L, ChatType.SINGLE));
    }

    @Test
    void recallNeedsOnlyTheId() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/revokeMessage").header("token", VISITOR_TOKEN)
                .json("{\"id\":\"" + Messages.ID + "\"}").send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.recallMessage).recall(new RecallMessageCommand(UserId.of(9), new MessageId(Messages.ID), null,
                null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|{\"to_id\":8}",
        "id|{\"id\":\"not-a-uuid\"}",
        "to_id|{\"id\":\"" + Messages.ID + "\",\"to_id\":\"bob\"}",
        "to_id|{\"id\":\"" + Messages.ID + "\",\"to_id\":0}",
        "chatType|{\"id\":\"" + Messages.ID + "\",\"chatType\":\"private\"}"})
    void aBadRecallParameterIs422NamingIt(String field, String json) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/revokeMessage").header("token", USER_TOKEN).json(json)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.recallMessage);
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"NOT_MESSAGE_SENDER", "RECALL_WINDOW_PASSED",
        "MESSAGE_NOT_FOUND"})
    void aRefusedRecallIs400WithItsCode(ReasonCode reason) throws Exception {
        when(api.recallMessage.recall(any())).thenThrow(new DomainException(reason));

        RestApiHarness.Reply reply = api.post("/api/chat/revokeMessage").header("token", USER_TOKEN)
                .json("{\"id\":\"" + Messages.ID + "\"}").send();

        assertEquals(400, reply.status());
        assertEquals(reason.name(), reply.code());
        assertEquals(reason.text(Language.ZH), reply.data());
    }

    @Test
    void recallNeedsAToken() throws Exception {
        assertEquals("TOKEN_MISSING", api.post("/api/chat/revokeMessage").json("{\"id\":\"" + Messages.ID + "\"}")
                .send().code());
        verifyNoInteractions(api.recallMessage);
    }

    private static SendMessageCommand sent() {
        ArgumentCaptor<SendMessageCommand> command = ArgumentCaptor.forClass(SendMessageCommand.class);
        verify(api.sendMessage).send(command.capture());
        return command.getValue();
    }

    /** A valid #20 body, plus {@code extra} fields when given. */
    private static String body(String extra) {
        return "{\"sendto_id\":\"8\",\"chatType\":\"single\",\"type\":\"text\",\"data\":\"hi\""
                + (extra == null ? "" : "," + extra) + "}";
    }

    private static String formEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
