package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.RestApiHarness.USER_TOKEN;
import static io.parley.chat.adapter.rest.RestApiHarness.VISITOR_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.application.port.in.ApplyFriendCommand;
import io.parley.chat.application.port.in.FriendRequestsPage;
import io.parley.chat.application.port.in.HandleFriendRequestCommand;
import io.parley.chat.application.port.in.ListFriendRequestsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.PendingRequestQuery;
import io.parley.chat.application.port.in.SearchUsersQuery;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
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
import org.junit.jupiter.params.provider.ValueSource;

/** #7, #9, #11, #12, #13 and #41: finding users and asking them to be friends. */
class FriendRequestsResourceTest {
    private static final UserId ALICE = UserId.of(7);
    private static final UserId VISITOR = UserId.of(9);
    private static final UserId BOB = UserId.of(8);
    private static final String BOB_UUID = "8f1c2a1e-1111-4222-8333-944455556666";
    private static final UserSummary BOB_SUMMARY = new UserSummary(BOB, BOB_UUID, "bob_01", "Bob", "/b.png",
            Role.USER);
    private static final UserSummary CAROL_SUMMARY = new UserSummary(UserId.of(12),
            "9f1c2a1e-1111-4222-8333-944455556666", "carol", "", "/c.png", Role.USER);
    /** 2025-07-13 03:46:05 UTC, 11:46:05 in the harness's Asia/Shanghai. */
    private static final Instant ASKED = Instant.parse("2025-07-13T03:46:05Z");
    private static final FriendRequest BOB_ASKS_ALICE = new FriendRequest(41, BOB, ALICE, "我是鲍勃",
            FriendRequestStatus.PENDING, ASKED);

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
    }

    // #7

    @Test
    void searchUserAnswersTheSeedsArrayOfUsers() throws Exception {
        when(api.searchUsers.search(any())).thenReturn(List.of(BOB_SUMMARY, CAROL_SUMMARY));

        RestApiHarness.Reply reply = api.post("/api/chat/searchUser").header("token", USER_TOKEN)
                .json("{\"keyword\":\" bo \"}").send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertTrue(data.isArray());
        assertEquals(2, data.size());
        JsonNode bob = data.get(0);
        assertEquals(List.of("id", "username", "avatar", "role", "uuid", "nickname"), fieldNames(bob));
        assertEquals(8, bob.get("id").asLong());
        assertTrue(bob.get("id").isIntegralNumber());
        assertEquals("bob_01", bob.get("username").asText());
        assertEquals("/b.png", bob.get("avatar").asText());
        assertEquals("user", bob.get("role").asText());
        assertEquals(BOB_UUID, bob.get("uuid").asText());
        assertEquals("Bob", bob.get("nickname").asText());
        assertEquals("carol", data.get(1).get("username").asText());
        verify(api.searchUsers).search(new SearchUsersQuery(ALICE, "bo",
                new PageRequest(1, SearchUsersQuery.DEFAULT_LIMIT)));
    }

    @Test
    void searchUserWithNobodyFoundIsAnEmptyArray() throws Exception {
        when(api.searchUsers.search(any())).thenReturn(List.of());

        RestApiHarness.Reply reply = api.post("/api/chat/searchUser").header("token", USER_TOKEN)
                .form("keyword=zz").send();

        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.json().get("data").isArray());
        assertEquals(0, reply.json().get("data").size());
    }

    @Test
    void searchUserTakesPageAndLimitFromTheQuery() throws Exception {
        when(api.searchUsers.search(any())).thenReturn(List.of());

        api.post("/api/chat/searchUser?page=3&limit=5").header("token", USER_TOKEN).json("{\"keyword\":\"bo\"}")
                .send();

        verify(api.searchUsers).search(new SearchUsersQuery(ALICE, "bo", new PageRequest(3, 5)));
    }

    @Test
    void searchUserTakesPageAndLimitFromTheBodyAndClampsTheLimit() throws Exception {
        when(api.searchUsers.search(any())).thenReturn(List.of());

        api.post("/api/chat/searchUser").header("token", USER_TOKEN)
                .json("{\"keyword\":\"bo\",\"page\":\"2\",\"limit\":500}").send();

        verify(api.searchUsers).search(new SearchUsersQuery(ALICE, "bo",
                new PageRequest(2, SearchUsersQuery.MAX_LIMIT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{}| keyword",
        "{\"keyword\":\"\"}| keyword",
        "{\"keyword\":\"   \"}| keyword",
        "{\"keyword\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}| keyword",
        "{\"keyword\":\"bo\",\"page\":0}| page",
        "{\"keyword\":\"bo\",\"page\":\"x\"}| page",
        "{\"keyword\":\"bo\",\"limit\":0}| limit"})
    void searchUserWithBadParametersIs422NamingTheField(String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/searchUser").header("token", USER_TOKEN).json(body).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.searchUsers);
    }

    // #9

    @Test
    void isApplyfriendAnswersThePendingRequestRow() throws Exception {
        when(api.pendingRequest.pendingRequest(any())).thenReturn(BOB_ASKS_ALICE);

        RestApiHarness.Reply reply = api.post("/api/chat/isApplyfriend/" + BOB_UUID).header("token", USER_TOKEN)
                .send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "user_id", "friend_id", "nickname", "status"), fieldNames(data));
        assertEquals(41, data.get("id").asLong());
        assertEquals(8, data.get("user_id").asLong());
        assertEquals(7, data.get("friend_id").asLong());
        assertEquals("我是鲍勃", data.get("nickname").asText());
        assertEquals("pending", data.get("status").asText());
        verify(api.pendingRequest).pendingRequest(new PendingRequestQuery(ALICE, BOB_UUID));
    }

    @Test
    void isApplyfriendWithoutAPendingRequestIsRefused() throws Exception {
        when(api.pendingRequest.pendingRequest(any())).thenThrow(new DomainException(ReasonCode.REQUEST_NOT_FOUND));

        RestApiHarness.Reply reply = api.post("/api/chat/isApplyfriend/" + BOB_UUID).header("token", USER_TOKEN)
                .send();

        assertEquals(400, reply.status());
        assertEquals("REQUEST_NOT_FOUND", reply.code());
    }

    @Test
    void isApplyfriendWithAUuidOfTheWrongLengthIs422() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/isApplyfriend/abc").header("token", USER_TOKEN).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("uuid", reply.field());
        verifyNoInteractions(api.pendingRequest);
    }

    // #11 and #41

    @Test
    void applyFriendAsksTheTargetAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/applyfriend").header("token", USER_TOKEN)
                .json("{\"friend_id\":8,\"nickname\":\"我是爱丽丝\"}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.applyFriend).apply(new ApplyFriendCommand(ALICE, BOB, "我是爱丽丝"));
    }

    @Test
    void applyFriendTakesAFormBodyWithTheIdAsText() throws Exception {
        api.post("/api/chat/applyfriend").header("token", USER_TOKEN).form("friend_id=8").send();

        verify(api.applyFriend).apply(new ApplyFriendCommand(ALICE, BOB, ""));
    }

    @Test
    void aVisitorMayApplyAndAutoAdd() throws Exception {
        assertEquals(200, api.post("/api/chat/applyfriend").header("token", VISITOR_TOKEN)
                .json("{\"friend_id\":\"8\"}").send().status());
        assertEquals(200, api.post("/api/chat/autoAddFriendAndAgree").header("token", VISITOR_TOKEN)
                .json("{\"friend_id\":\"8\"}").send().status());

        verify(api.applyFriend).apply(new ApplyFriendCommand(VISITOR, BOB, ""));
        verify(api.autoAddFriend).autoAdd(new ApplyFriendCommand(VISITOR, BOB, ""));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "applyfriend| {}| friend_id",
        "applyfriend| {\"friend_id\":0}| friend_id",
        "applyfriend| {\"friend_id\":\"bob\"}| friend_id",
        "applyfriend| {\"friend_id\":8,\"nickname\":\"123456789012345678901234567890123456789012345678901\"}| nickname",
        "autoAddFriendAndAgree| {\"friend_id\":-1}| friend_id",
        "autoAddFriendAndAgree| {\"friend_id\":8,\"nickname\":\"123456789012345678901234567890123456789012345678901\"}|"
            + " nickname"})
    void askingWithBadParametersIs422NamingTheField(String action, String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/" + action).header("token", USER_TOKEN).json(body).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.applyFriend, api.autoAddFriend);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SELF_NOT_ALLOWED", "USER_NOT_FOUND", "ALREADY_FRIENDS", "REQUEST_PENDING"})
    void applyFriendRefusalsReachTheClient(String code) throws Exception {
        doThrow(new DomainException(ReasonCode.valueOf(code))).when(api.applyFriend).apply(any());

        RestApiHarness.Reply reply = api.post("/api/chat/applyfriend").header("token", USER_TOKEN)
                .json("{\"friend_id\":8}").send();

        assertEquals(400, reply.status());
        assertEquals(code, reply.code());
    }

    @Test
    void autoAddFriendBefriendsAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/autoAddFriendAndAgree").header("token", USER_TOKEN)
                .json("{\"friend_id\":8,\"nickname\":\"hi\"}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.autoAddFriend).autoAdd(new ApplyFriendCommand(ALICE, BOB, "hi"));
    }

    @Test
    void autoAddFriendToSomeoneWhoApprovesIsApprovalRequiredInTheCallersLanguage() throws Exception {
        doThrow(new DomainException(ReasonCode.APPROVAL_REQUIRED)).when(api.autoAddFriend).autoAdd(any());

        RestApiHarness.Reply chinese = api.post("/api/chat/autoAddFriendAndAgree").header("token", USER_TOKEN)
                .json("{\"friend_id\":8}").send();
        RestApiHarness.Reply english = api.post("/api/chat/autoAddFriendAndAgree").header("token", USER_TOKEN)
                .header("Accept-Language", "en").json("{\"friend_id\":8}").send();

        assertEquals(400, chinese.status());
        assertEquals("APPROVAL_REQUIRED", chinese.code());
        assertEquals("需要对方审核，不能自动加对方为好友", chinese.data());
        assertEquals("The user approves friend requests, please send a request", english.data());
    }

    // #12

    @Test
    void listapplyfriendAnswersTheRequestsWithTheirApplicantsAndThePendingCount() throws Exception {
        FriendRequest carolAsked = new FriendRequest(40, UserId.of(12), ALICE, "", FriendRequestStatus.AGREE,
                ASKED.minusSeconds(3600));
        when(api.listFriendRequests.requests(any())).thenReturn(new FriendRequestsPage(List.of(
                new FriendRequestsPage.Row(BOB_ASKS_ALICE, BOB_SUMMARY),
                new FriendRequestsPage.Row(carolAsked, CAROL_SUMMARY)), 3));

        RestApiHarness.Reply reply = api.get("/api/chat/listapplyfriend/1").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("alldata", "pendingCount"), fieldNames(data));
        assertEquals(3, data.get("pendingCount").asLong());
        assertEquals(2, data.get("alldata").size());
        JsonNode row = data.get("alldata").get(0);
        assertEquals(List.of("id", "user_id", "friend_id", "nickname", "status", "create_time", "user"),
                fieldNames(row));
        assertEquals(41, row.get("id").asLong());
        assertEquals(8, row.get("user_id").asLong());
        assertEquals(7, row.get("friend_id").asLong());
        assertEquals("我是鲍勃", row.get("nickname").asText());
        assertEquals("pending", row.get("status").asText());
        assertEquals("2025-07-13 11:46:05", row.get("create_time").asText());
        JsonNode user = row.get("user");
        assertEquals(List.of("id", "username", "avatar", "nickname", "uuid"), fieldNames(user));
        assertEquals(8, user.get("id").asLong());
        assertEquals("bob_01", user.get("username").asText());
        assertEquals("/b.png", user.get("avatar").asText());
        assertEquals("Bob", user.get("nickname").asText());
        assertEquals(BOB_UUID, user.get("uuid").asText());
        assertEquals("agree", data.get("alldata").get(1).get("status").asText());
        verify(api.listFriendRequests).requests(new ListUsersQuery(ALICE,
                new PageRequest(1, ListFriendRequestsUseCase.DEFAULT_LIMIT)));
    }

    @Test
    void listapplyfriendWithNoRequestsIsAnEmptyList() throws Exception {
        when(api.listFriendRequests.requests(any())).thenReturn(new FriendRequestsPage(List.of(), 0));

        JsonNode data = api.get("/api/chat/listapplyfriend/2?limit=5").header("token", USER_TOKEN).send().json()
                .get("data");

        assertTrue(data.get("alldata").isArray());
        assertEquals(0, data.get("alldata").size());
        assertEquals(0, data.get("pendingCount").asLong());
        verify(api.listFriendRequests).requests(new ListUsersQuery(ALICE, new PageRequest(2, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/chat/listapplyfriend/0, page", "/api/chat/listapplyfriend/x, page",
        "/api/chat/listapplyfriend/1?limit=-1, limit"})
    void listapplyfriendWithABadPageOrLimitIs422(String path, String field) throws Exception {
        RestApiHarness.Reply reply = api.get(path).header("token", USER_TOKEN).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.listFriendRequests);
    }

    // #13

    @Test
    void handleapplyDecidesOnTheRequestAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/handleapply/41").header("token", USER_TOKEN)
                .json("{\"status\":\"agree\",\"nickname\":\"小鲍\"}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.handleFriendRequest).handle(new HandleFriendRequestCommand(ALICE, 41, FriendRequestStatus.AGREE,
                "小鲍"));
    }

    @Test
    void handleapplyTakesAFormBody() throws Exception {
        api.post("/api/chat/handleapply/41").header("token", USER_TOKEN).form("status=refuse").send();

        verify(api.handleFriendRequest).handle(new HandleFriendRequestCommand(ALICE, 41,
                FriendRequestStatus.REFUSE, ""));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "41| {}| status",
        "41| {\"status\":\"accept\"}| status",
        "0| {\"status\":\"agree\"}| id",
        "x| {\"status\":\"agree\"}| id",
        "41| {\"status\":\"agree\",\"nickname\":\"123456789012345678901234567890123456789012345678901\"}| nickname"})
    void handleapplyWithBadParametersIs422NamingTheField(String id, String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/handleapply/" + id).header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.handleFriendRequest);
    }

    @Test
    void handleapplyOnSomeoneElsesOrADecidedRequestIsRequestNotFound() throws Exception {
        doThrow(new DomainException(ReasonCode.REQUEST_NOT_FOUND)).when(api.handleFriendRequest).handle(any());

        RestApiHarness.Reply reply = api.post("/api/chat/handleapply/41").header("token", USER_TOKEN)
                .json("{\"status\":\"agree\"}").send();

        assertEquals(400, reply.status());
        assertEquals("REQUEST_NOT_FOUND", reply.code());
        assertEquals("申请不存在或已处理", reply.data());
    }

    // visitors and tokens

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /api/chat/searchUser",
        "POST, /api/chat/isApplyfriend/8f1c2a1e-1111-4222-8333-944455556666",
        "GET, /api/chat/listapplyfriend/1",
        "POST, /api/chat/handleapply/41"})
    void visitorsMayNotUseTheRest(String method, String path) throws Exception {
        // refused before the resource reads anything, so no parameters are needed
        RestApiHarness.Reply reply = api.call(method, path).header("token", VISITOR_TOKEN).send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("VISITOR_FORBIDDEN", reply.code());
        verifyNoInteractions(api.searchUsers, api.pendingRequest, api.listFriendRequests, api.handleFriendRequest);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /api/chat/searchUser",
        "POST, /api/chat/applyfriend",
        "GET, /api/chat/listapplyfriend/1",
        "POST, /api/chat/autoAddFriendAndAgree"})
    void everyFriendRequestEndpointNeedsAToken(String method, String path) throws Exception {
        assertEquals("TOKEN_MISSING", api.call(method, path).send().code());
        verifyNoInteractions(api.searchUsers, api.applyFriend, api.listFriendRequests, api.autoAddFriend);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
