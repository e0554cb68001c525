package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.RestApiHarness.USER_TOKEN;
import static io.parley.chat.adapter.rest.RestApiHarness.VISITOR_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.application.port.in.ConversationView;
import io.parley.chat.application.port.in.HistoryPage;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** History, the conversation list and read pointers (API.md j.4, j.9). */
class ConversationsResourceTest {
    private static final UserId ALICE = UserId.of(7);
    private static final UserId VISITOR = UserId.of(9);
    private static final List<String> MESSAGE_FIELDS = List.of("id", "from_id", "from_name", "from_avatar",
            "sendUUid", "to_id", "to_name", "to_avatar", "chatType", "type", "data", "options", "create_time",
            "isremove", "seq", "client_msg_id");
    private static final Instant ACTIVE_AT = Instant.parse("2025-07-16T09:00:00.456Z");

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
        when(api.history.history(any())).thenReturn(new HistoryPage(List.of(), false));
        when(api.conversations.conversations(any())).thenReturn(List.of());
    }

    @Test
    void historyTakesItsQueryParametersAndAnswersRowsNewestFirstAndHasMore() throws Exception {
        when(api.history.history(any())).thenReturn(new HistoryPage(
                List.of(Messages.withSeq(39), Messages.withSeq(38)), true));

        RestApiHarness.Reply reply = api.get("/api/chat/history?chatType=single&id=8&before_seq=40&limit=2")
                .header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.history).history(new HistoryQuery(ALICE, ChatType.SINGLE, 8, 40L, 2));
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("rows", "has_more"), fieldNames(data));
        assertTrue(data.get("has_more").isBoolean());
        assertTrue(data.get("has_more").asBoolean());
        assertEquals(2, data.get("rows").size());
        assertEquals(39, data.get("rows").get(0).get("seq").asLong(), "in the order the core gave");
        assertEquals(38, data.get("rows").get(1).get("seq").asLong());
        assertEquals(MESSAGE_FIELDS, fieldNames(data.get("rows").get(0)));
        assertEquals(Messages.CLIENT_TEXT, data.get("rows").get(0).get("data").asText());
    }

    @Test
    void historyWithoutCursorOrLimitStartsAtTheNewestWithThirty() throws Exception {
        RestApiHarness.Reply reply = api.get("/api/chat/history?chatType=single&id=8").header("token", USER_TOKEN)
                .send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.history).history(new HistoryQuery(ALICE, ChatType.SINGLE, 8, null, HistoryQuery.DEFAULT_LIMIT));
        JsonNode data = reply.json().get("data");
        assertTrue(data.get("rows").isArray());
        assertEquals(0, data.get("rows").size());
        assertFalse(data.get("has_more").asBoolean(true));
    }

    @Test
    void aLimitAboveTheMaximumIsClamped() throws Exception {
        api.get("/api/chat/history?chatType=single&id=8&limit=500").header("token", USER_TOKEN).send();

        verify(api.history).history(new HistoryQuery(ALICE, ChatType.SINGLE, 8, null, HistoryQuery.MAX_LIMIT));
    }

    @Test
    void aRecalledMessageInHistoryIsTheStoredMessageMarkedAndEmptyNotItsNotice() throws Exception {
        when(api.history.history(any())).thenReturn(new HistoryPage(List.of(Messages.recalled()), false));

        JsonNode row = api.get("/api/chat/history?chatType=single&id=8").header("token", USER_TOKEN).send().json()
                .get("data").get("rows").get(0);

        assertEquals(MESSAGE_FIELDS, fieldNames(row), "no actionType");
        assertEquals(1, row.get("isremove").asInt());
        assertTrue(row.get("data").isTextual());
        assertEquals("", row.get("data").asText());
        assertEquals("text", row.get("type").asText());
        assertEquals(Messages.ID, row.get("id").asText());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "limit, chatType=single&id=8&limit=0",
        "limit, chatType=single&id=8&limit=-5",
        "limit, chatType=single&id=8&limit=ten",
        "id, chatType=single",
        "id, chatType=single&id=0",
        "id, chatType=single&id=bob",
        "chatType, id=8",
        "chatType, chatType=private&id=8",
        "before_seq, chatType=single&id=8&before_seq=x",
        "before_seq, chatType=single&id=8&before_seq=0"})
    void aBadHistoryParameterIs422NamingItAndNeverReachesTheCore(String field, String query) throws Exception {
        RestApiHarness.Reply reply = api.get("/api/chat/history?" + query).header("token", USER_TOKEN).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals(field, reply.field());
        assertTrue(reply.data().contains(field), reply.data());
        verifyNoInteractions(api.history);
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"USER_NOT_FOUND", "NOT_SUPPORTED"})
    void aRefusedHistoryIs400WithItsCode(ReasonCode reason) throws Exception {
        when(api.history.history(any())).thenThrow(new DomainException(reason));

        RestApiHarness.Reply reply = api.get("/api/chat/history?chatType=single&id=8").header("token", USER_TOKEN)
                .send();

        assertEquals(400, reply.status());
        assertEquals(reason.name(), reply.code());
    }

    @Test
    void aVisitorReadsTheirOwnHistory() throws Exception {
        RestApiHarness.Reply reply = api.get("/api/chat/history?chatType=single&id=8").header("token", VISITOR_TOKEN)
                .send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.history).history(new HistoryQuery(VISITOR, ChatType.SINGLE, 8, null, HistoryQuery.DEFAULT_LIMIT));
    }

    @Test
    void conversationsAreTheCallersLinesInTheCoresOrder() throws Exception {
        when(api.conversations.conversations(any())).thenReturn(List.of(
                new ConversationView(ChatType.SINGLE, 8, "Bobby", "/b.png", Messages.withSeq(5), 3, ACTIVE_AT),
                new ConversationView(ChatType.SINGLE, 12, "carol", "", Messages.recalled(), 0,
                        ACTIVE_AT.minusSeconds(60))));

        RestApiHarness.Reply reply = api.get("/api/chat/conversations").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.conversations).conversations(ALICE);
        JsonNode data = reply.json().get("data");
        assertTrue(data.isArray());
        assertEquals(2, data.size());
        JsonNode first = data.get(0);
        assertEquals(List.of("chatType", "id", "name", "avatar", "last_message", "unread", "updated_at"),
                fieldNames(first));
        assertEquals("single", first.get("chatType").asText());
        assertTrue(first.get("id").isIntegralNumber());
        assertEquals(8, first.get("id").asLong());
        assertEquals("Bobby", first.get("name").asText());
        assertEquals("/b.png", first.get("avatar").asText());
        assertEquals(MESSAGE_FIELDS, fieldNames(first.get("last_message")));
        assertEquals(5, first.get("last_message").get("seq").asLong());
        assertTrue(first.get("unread").isIntegralNumber());
        assertEquals(3, first.get("unread").asLong());
        assertTrue(first.get("updated_at").isIntegralNumber());
        assertEquals(ACTIVE_AT.toEpochMilli(), first.get("updated_at").asLong());
        JsonNode second = data.get(1);
        assertEquals(12, second.get("id").asLong());
        assertEquals(1, second.get("last_message").get("isremove").asInt(), "a recalled last message as stored");
        assertEquals(0, second.get("unread").asLong());
    }

    @Test
    void noConversationsIsAnEmptyList() throws Exception {
        JsonNode data = api.get("/api/chat/conversations").header("token", USER_TOKEN).send().json().get("data");

        assertTrue(data.isArray());
        assertEquals(0, data.size());
    }

    @Test
    void aPeerWithoutNameOrAvatarShowsEmptyText() throws Exception {
        when(api.conversations.conversations(any())).thenReturn(List.of(
                new ConversationView(ChatType.SINGLE, 8, null, null, Messages.fromAlice(), 0, ACTIVE_AT)));

        JsonNode line = api.get("/api/chat/conversations").header("token", VISITOR_TOKEN).send().json().get("data")
                .get(0);

        assertEquals("", line.get("name").asText("null"));
        assertEquals("", line.get("avatar").asText("null"));
        verify(api.conversations).conversations(VISITOR);
    }

    @Test
    void readTakesAJsonBodyAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/read").header("token", USER_TOKEN)
                .json("{\"chatType\":\"single\",\"id\":8,\"seq\":12}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.markRead).markRead(new MarkReadCommand(ALICE, ChatType.SINGLE, 8, 12));
    }

    @Test
    void readTakesAFormBodyWithNumbersAsTextAndSeqZero() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/read").header("token", VISITOR_TOKEN)
                .form("chatType=single&id=8&seq=0").send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.markRead).markRead(new MarkReadCommand(VISITOR, ChatType.SINGLE, 8, 0));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "seq|{\"chatType\":\"single\",\"id\":8}",
        "seq|{\"chatType\":\"single\",\"id\":8,\"seq\":-1}",
        "seq|{\"chatType\":\"single\",\"id\":8,\"seq\":\"many\"}",
        "id|{\"chatType\":\"single\",\"seq\":3}",
        "id|{\"chatType\":\"single\",\"id\":0,\"seq\":3}",
        "chatType|{\"id\":8,\"seq\":3}",
        "chatType|{\"chatType\":\"room\",\"id\":8,\"seq\":3}"})
    void aBadReadParameterIs422NamingIt(String field, String json) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/read").header("token", USER_TOKEN).json(json).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.markRead);
    }

    @Test
    void aRefusedReadIs400WithItsCode() throws Exception {
        doThrow(new DomainException(ReasonCode.USER_NOT_FOUND)).when(api.markRead).markRead(any());

        RestApiHarness.Reply reply = api.post("/api/chat/read").header("token", USER_TOKEN)
                .json("{\"chatType\":\"single\",\"id\":8,\"seq\":12}").send();

        assertEquals(400, reply.status());
        assertEquals("USER_NOT_FOUND", reply.code());
    }

    @Test
    void everyCallNeedsAToken() throws Exception {
        assertEquals("TOKEN_MISSING", api.get("/api/chat/history?chatType=single&id=8").send().code());
        assertEquals("TOKEN_MISSING", api.get("/api/chat/conversations").send().code());
        assertEquals("TOKEN_INVALID", api.post("/api/chat/read").header("token", "forged")
                .json("{\"chatType\":\"single\",\"id\":8,\"seq\":12}").send().code());
        verifyNoInteractions(api.history, api.conversations, api.markRead);
    }

    @Test
    void theMethodsAreFixed() throws Exception {
        assertEquals(405, api.post("/api/chat/history?chatType=single&id=8").header("token", USER_TOKEN).send()
                .status());
        assertEquals(405, api.get("/api/chat/read").header("token", USER_TOKEN).send().status());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
