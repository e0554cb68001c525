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
import io.parley.chat.application.port.in.ContactEntryView;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** #16, #19, follow, unfollow, block, unblock and the three user lists. */
class RelationsResourceTest {
    private static final UserId ALICE = UserId.of(7);
    private static final UserId VISITOR = UserId.of(9);
    private static final RelationCommand ALICE_ON_BOB = new RelationCommand(ALICE, UserId.of(8));
    private static final Page<UserSummary> TWO_OF_FIVE = new Page<>(5, List.of(
            new UserSummary(UserId.of(8), "8f1c2a1e-1111-4222-8333-944455556666", "bob", "Bob", "/b.png", Role.USER),
            new UserSummary(UserId.of(12), "9f1c2a1e-1111-4222-8333-944455556666", "VIS01234567", "", "/v.png",
                    Role.VISITOR)));

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
        when(api.listFollowees.followees(any())).thenReturn(TWO_OF_FIVE);
        when(api.listFollowers.followers(any())).thenReturn(TWO_OF_FIVE);
        when(api.listBlocked.blocked(any())).thenReturn(TWO_OF_FIVE);
    }

    @Test
    void toggleBlacklistActsOnThePathsUserAndAnswersOk() throws Exception {
        when(api.toggleBlacklist.toggleBlacklist(any())).thenReturn(true);

        RestApiHarness.Reply reply = api.post("/api/chat/setblackgoodfriend/8").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.toggleBlacklist).toggleBlacklist(ALICE_ON_BOB);
    }

    @Test
    void toggleBlacklistOnSomeoneWhoIsNoFriendIsRefused() throws Exception {
        when(api.toggleBlacklist.toggleBlacklist(any())).thenThrow(new DomainException(ReasonCode.NOT_FRIENDS));

        RestApiHarness.Reply reply = api.post("/api/chat/setblackgoodfriend/8").header("token", USER_TOKEN).send();

        assertEquals(400, reply.status());
        assertEquals("NOT_FRIENDS", reply.code());
    }

    @Test
    void toggleBlacklistIsNotForVisitors() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/setblackgoodfriend/8").header("token", VISITOR_TOKEN)
                .send();

        assertEquals("VISITOR_FORBIDDEN", reply.code());
        verifyNoInteractions(api.toggleBlacklist);
    }

    @Test
    void isMyGoodFriendAnswersTheContactRowWithFlagsAsNumbers() throws Exception {
        Friendship entry = new Friendship(31, ALICE, UserId.of(8), "Bobby", false, true, true);
        when(api.contactEntry.contactEntry(any())).thenReturn(new ContactEntryView(entry, false));

        RestApiHarness.Reply reply = api.post("/api/chat/ismygoodfriend/8").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "user_id", "friend_id", "nickname", "friendlookme", "melookfriend",
                "ismystarfriend", "isblack", "status"), fieldNames(data));
        assertEquals(31, data.get("id").asLong());
        assertEquals(7, data.get("user_id").asLong());
        assertEquals(8, data.get("friend_id").asLong());
        assertEquals("Bobby", data.get("nickname").asText());
        assertTrue(data.get("friendlookme").isInt());
        assertEquals(0, data.get("friendlookme").asInt());
        assertEquals(1, data.get("melookfriend").asInt());
        assertEquals(1, data.get("ismystarfriend").asInt());
        assertEquals(0, data.get("isblack").asInt());
        assertEquals(1, data.get("status").asInt());
        verify(api.contactEntry).contactEntry(ALICE_ON_BOB);
    }

    @Test
    void isMyGoodFriendShowsABlockAsIsblack() throws Exception {
        Friendship entry = new Friendship(31, ALICE, UserId.of(8), "", true, true, false);
        when(api.contactEntry.contactEntry(any())).thenReturn(new ContactEntryView(entry, true));

        JsonNode data = api.post("/api/chat/ismygoodfriend/8").header("token", USER_TOKEN).send().json().get("data");

        assertEquals(1, data.get("isblack").asInt());
        assertEquals("", data.get("nickname").asText());
        assertEquals(1, data.get("friendlookme").asInt());
        assertEquals(0, data.get("ismystarfriend").asInt());
    }

    @Test
    void isMyGoodFriendForAStrangerIsNotFriends() throws Exception {
        when(api.contactEntry.contactEntry(any())).thenThrow(new DomainException(ReasonCode.NOT_FRIENDS));

        RestApiHarness.Reply reply = api.post("/api/chat/ismygoodfriend/8").header("token", VISITOR_TOKEN).send();

        assertEquals(400, reply.status());
        assertEquals("NOT_FRIENDS", reply.code());
        verify(api.contactEntry).contactEntry(new RelationCommand(VISITOR, UserId.of(8)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"follow", "unfollow", "block", "unblock"})
    void aRelationChangeActsOnThePathsUserAndAnswersOk(String action) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/" + action + "/8").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        useCaseOf(action).accept(ALICE_ON_BOB);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"follow", "unfollow", "block", "unblock"})
    void aVisitorMayChangeTheirRelations(String action) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/" + action + "/8").header("token", VISITOR_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        useCaseOf(action).accept(new RelationCommand(VISITOR, UserId.of(8)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"follow, bob", "unblock, 0", "block, -3", "unfollow, 1.5", "setblackgoodfriend, x",
        "ismygoodfriend, 99999999999999999999"})
    void anIdThatIsNotAUserIdIs422OnId(String action, String id) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/" + action + "/" + id).header("token", USER_TOKEN).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("id", reply.field());
        verifyNoInteractions(api.followUser, api.unblockUser, api.blockUser, api.unfollowUser, api.toggleBlacklist,
                api.contactEntry);
    }

    @Test
    void aRefusalOfTheCoreReachesTheClient() throws Exception {
        doThrow(new DomainException(ReasonCode.SELF_NOT_ALLOWED)).when(api.followUser).follow(any());

        RestApiHarness.Reply reply = api.post("/api/chat/follow/7").header("token", USER_TOKEN).send();

        assertEquals(400, reply.status());
        assertEquals("SELF_NOT_ALLOWED", reply.code());
    }

    @Test
    void relationChangesNeedAToken() throws Exception {
        assertEquals("TOKEN_MISSING", api.post("/api/chat/follow/8").send().code());
        assertEquals("TOKEN_INVALID", api.post("/api/chat/block/8").header("token", "forged").send().code());
        verifyNoInteractions(api.followUser, api.blockUser);
    }

    @Test
    void followListIsAPageOfUserSummaries() throws Exception {
        RestApiHarness.Reply reply = api.get("/api/chat/followlist/2?limit=2").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("count", "rows"), fieldNames(data));
        assertEquals(5, data.get("count").asLong());
        assertEquals(2, data.get("rows").size());
        JsonNode bob = data.get("rows").get(0);
        assertEquals(List.of("id", "uuid", "username", "nickname", "avatar", "role"), fieldNames(bob));
        assertEquals(8, bob.get("id").asLong());
        assertTrue(bob.get("id").isIntegralNumber());
        assertEquals("8f1c2a1e-1111-4222-8333-944455556666", bob.get("uuid").asText());
        assertEquals("bob", bob.get("username").asText());
        assertEquals("Bob", bob.get("nickname").asText());
        assertEquals("/b.png", bob.get("avatar").asText());
        assertEquals("user", bob.get("role").asText());
        assertEquals("visitor", data.get("rows").get(1).get("role").asText());
        verify(api.listFollowees).followees(new ListUsersQuery(ALICE, new PageRequest(2, 2)));
    }

    @Test
    void fansListIsTheSameShape() throws Exception {
        JsonNode data = api.get("/api/chat/fanslist/1").header("token", USER_TOKEN).send().json().get("data");

        assertEquals(5, data.get("count").asLong());
        assertEquals("bob", data.get("rows").get(0).get("username").asText());
        verify(api.listFollowers).followers(new ListUsersQuery(ALICE,
                new PageRequest(1, ListUsersQuery.DEFAULT_LIMIT)));
    }

    @Test
    void anEmptyListHasCountZeroAndNoRows() throws Exception {
        when(api.listBlocked.blocked(any())).thenReturn(new Page<>(0, List.of()));

        JsonNode data = api.get("/api/chat/blocklist/1").header("token", USER_TOKEN).send().json().get("data");

        assertEquals(0, data.get("count").asLong());
        assertTrue(data.get("rows").isArray());
        assertEquals(0, data.get("rows").size());
    }

    @Test
    void blockListWithoutAPageIsTheFirstPage() throws Exception {
        RestApiHarness.Reply reply = api.get("/api/chat/blocklist?limit=10").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals(2, reply.json().get("data").get("rows").size());
        verify(api.listBlocked).blocked(new ListUsersQuery(ALICE, new PageRequest(1, 10)));
    }

    @Test
    void blockListTakesAPage() throws Exception {
        api.get("/api/chat/blocklist/3").header("token", USER_TOKEN).send();

        verify(api.listBlocked).blocked(new ListUsersQuery(ALICE, new PageRequest(3, ListUsersQuery.DEFAULT_LIMIT)));
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"101", "500", "99999999999"})
    void aLimitAboveTheMaximumIsClamped(String limit) throws Exception {
        RestApiHarness.Reply reply = api.get("/api/chat/followlist/1?limit=" + limit).header("token", USER_TOKEN)
                .send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.listFollowees).followees(new ListUsersQuery(ALICE, new PageRequest(1, ListUsersQuery.MAX_LIMIT)));
    }

    @Test
    void anEmptyLimitIsTheDefault() throws Exception {
        api.get("/api/chat/fanslist/1?limit=").header("token", USER_TOKEN).send();

        verify(api.listFollowers).followers(new ListUsersQuery(ALICE,
                new PageRequest(1, ListUsersQuery.DEFAULT_LIMIT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/chat/followlist/1?limit=0, limit",
        "/api/chat/fanslist/1?limit=-5, limit",
        "/api/chat/blocklist?limit=ten, limit",
        "/api/chat/followlist/0, page",
        "/api/chat/fanslist/-1, page",
        "/api/chat/blocklist/first, page",
        "/api/chat/followlist/3000000000, page"})
    void aBadPageOrLimitIs422NamingIt(String path, String field) throws Exception {
        RestApiHarness.Reply reply = api.get(path).header("token", USER_TOKEN).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.listFollowees, api.listFollowers, api.listBlocked);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/chat/followlist/1", "/api/chat/fanslist/1", "/api/chat/blocklist",
        "/api/chat/blocklist/1"})
    void aVisitorMayReadTheirLists(String path) throws Exception {
        RestApiHarness.Reply reply = api.get(path).header("token", VISITOR_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals(5, reply.json().get("data").get("count").asLong());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/chat/followlist/1", "/api/chat/fanslist/1", "/api/chat/blocklist"})
    void listsNeedAToken(String path) throws Exception {
        assertEquals("TOKEN_MISSING", api.get(path).send().code());
        verifyNoInteractions(api.listFollowees, api.listFollowers, api.listBlocked);
    }

    /** Verifies that the use case behind {@code action} ran with the command. */
    private static Consumer<RelationCommand> useCaseOf(String action) {
        switch (action) {
            case "follow":
                return command -> verify(api.followUser).follow(command);
            case "unfollow":
                return command -> verify(api.unfollowUser).unfollow(command);
            case "block":
                return command -> verify(api.blockUser).block(command);
            case "unblock":
                return command -> verify(api.unblockUser).unblock(command);
            default:
                throw new IllegalArgumentException(action);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
