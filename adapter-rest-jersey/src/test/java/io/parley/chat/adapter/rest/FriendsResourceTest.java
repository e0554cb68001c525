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
import io.parley.chat.application.port.in.FriendInfoView;
import io.parley.chat.application.port.in.FriendView;
import io.parley.chat.application.port.in.FriendVisibilityCommand;
import io.parley.chat.application.port.in.ListFriendsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.PublicProfile;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.UserSetInfoView;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.settings.ChatSettings;
import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Gender;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserInfo;
import io.parley.chat.domain.user.UserStatus;
import io.parley.chat.domain.user.Username;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** #14, #15, #17, #18, #38 and #40: my contacts. */
class FriendsResourceTest {
    private static final UserId ALICE = UserId.of(7);
    private static final UserId VISITOR = UserId.of(9);
    private static final UserId BOB = UserId.of(8);
    private static final RelationCommand ALICE_ON_BOB = new RelationCommand(ALICE, BOB);
    private static final String BOB_UUID = "8f1c2a1e-1111-4222-8333-944455556666";

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

    // #14

    @Test
    void goodfriendlistGroupsByInitialWithHashLast() throws Exception {
        when(api.listFriends.friends(any())).thenReturn(List.of(
                friend(31, 8, "bob_01", "Bob", "", false),
                friend(32, 12, "zhang", "张三", "", true),
                friend(33, 13, "carol", "", "", false),
                friend(34, 14, "dave", "Dave", "007", false),
                friend(36, 16, "ann", "Ann", "", false),
                friend(35, 15, "amy", "amy", "", false),
                friend(37, 17, "wang", "", "王五", false)));

        RestApiHarness.Reply reply = api.get("/api/chat/goodfriendlist/1").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("count", "rows"), fieldNames(data));
        assertEquals(7, data.get("count").asLong());
        JsonNode rows = data.get("rows");
        assertEquals(List.of("newList", "indexList", "total"), fieldNames(rows));
        assertEquals(7, rows.get("total").asLong());
        assertEquals(List.of("A", "B", "C", "W", "Z", "#"), texts(rows.get("indexList")));
        JsonNode newList = rows.get("newList");
        assertEquals(6, newList.size());
        assertEquals(List.of("title", "list"), fieldNames(newList.get(0)));
        assertEquals("A", newList.get(0).get("title").asText());
        // within a group, by name regardless of case
        assertEquals(List.of("amy", "Ann"), names(newList.get(0).get("list")));
        assertEquals(List.of("Bob"), names(newList.get(1).get("list")));
        // no remark, no nickname: the username is the name
        assertEquals(List.of("carol"), names(newList.get(2).get("list")));
        // a remark wins over the nickname
        assertEquals(List.of("王五"), names(newList.get(3).get("list")));
        assertEquals(List.of("张三"), names(newList.get(4).get("list")));
        assertEquals("#", newList.get(5).get("title").asText());
        assertEquals(List.of("007"), names(newList.get(5).get("list")));

        JsonNode bob = newList.get(1).get("list").get(0);
        assertEquals(List.of("id", "beizhu", "username", "avatar", "friend_nickname", "friend_id", "name", "uuid",
                "isblack"), fieldNames(bob));
        assertEquals(31, bob.get("id").asLong());
        assertEquals("", bob.get("beizhu").asText());
        assertEquals("bob_01", bob.get("username").asText());
        assertEquals("/8.png", bob.get("avatar").asText());
        assertEquals("Bob", bob.get("friend_nickname").asText());
        assertEquals(8, bob.get("friend_id").asLong());
        assertEquals(BOB_UUID, bob.get("uuid").asText());
        assertTrue(bob.get("isblack").isInt());
        assertEquals(0, bob.get("isblack").asInt());
        JsonNode blocked = newList.get(4).get("list").get(0);
        assertEquals(1, blocked.get("isblack").asInt());
        JsonNode remarked = newList.get(5).get("list").get(0);
        assertEquals("007", remarked.get("beizhu").asText());
        assertEquals("Dave", remarked.get("friend_nickname").asText());
        verify(api.listFriends).friends(new ListUsersQuery(ALICE,
                new PageRequest(1, ListFriendsUseCase.DEFAULT_LIMIT)));
    }

    @Test
    void goodfriendlistWithNoFriendsHasAnEmptyArrayForRows() throws Exception {
        when(api.listFriends.friends(any())).thenReturn(List.of());

        RestApiHarness.Reply reply = api.get("/api/chat/goodfriendlist/1").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(0, data.get("count").asLong());
        assertTrue(data.get("rows").isArray());
        assertEquals(0, data.get("rows").size());
    }

    @Test
    void goodfriendlistTakesALimit() throws Exception {
        when(api.listFriends.friends(any())).thenReturn(List.of());

        api.get("/api/chat/goodfriendlist/2?limit=50").header("token", USER_TOKEN).send();
        api.get("/api/chat/goodfriendlist/1?limit=999999").header("token", USER_TOKEN).send();

        verify(api.listFriends).friends(new ListUsersQuery(ALICE, new PageRequest(2, 50)));
        verify(api.listFriends).friends(new ListUsersQuery(ALICE,
                new PageRequest(1, ListFriendsUseCase.MAX_LIMIT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/chat/goodfriendlist/0, page", "/api/chat/goodfriendlist/one, page",
        "/api/chat/goodfriendlist/1?limit=0, limit"})
    void goodfriendlistWithABadPageOrLimitIs422(String path, String field) throws Exception {
        RestApiHarness.Reply reply = api.get(path).header("token", USER_TOKEN).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.listFriends);
    }

    // #15

    @Test
    void getgoodfriendinfoAnswersMyEntryWithTheirProfile() throws Exception {
        Friendship entry = new Friendship(31, ALICE, BOB, "Bobby", true, true, false);
        PublicProfile bob = new PublicProfile(BOB, BOB_UUID, "bob_01", "Bob", "/b.png", Role.USER, "{}",
                new UserInfo(5L, Gender.MALE, LocalDate.of(1990, 2, 3), "hi", "Berlin", null));
        when(api.friendInfo.friendInfo(any())).thenReturn(new FriendInfoView(entry, bob, 1));

        RestApiHarness.Reply reply = api.get("/api/chat/getgoodfriendinfo/8").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "user_id", "friend_id", "nickname", "friendinfo"), fieldNames(data));
        assertEquals(31, data.get("id").asLong());
        assertEquals(7, data.get("user_id").asLong());
        assertEquals(8, data.get("friend_id").asLong());
        assertEquals("Bobby", data.get("nickname").asText());
        JsonNode info = data.get("friendinfo");
        assertEquals(List.of("id", "username", "avatar", "nickname", "role", "status", "userinfo"),
                fieldNames(info));
        assertEquals(8, info.get("id").asLong());
        assertEquals("bob_01", info.get("username").asText());
        assertEquals("/b.png", info.get("avatar").asText());
        assertEquals("Bob", info.get("nickname").asText());
        assertEquals("user", info.get("role").asText());
        assertEquals(1, info.get("status").asInt());
        JsonNode userinfo = info.get("userinfo");
        assertEquals(List.of("id", "gender", "birthday", "bio", "location", "website"), fieldNames(userinfo));
        assertEquals("male", userinfo.get("gender").asText());
        assertEquals("1990-02-03", userinfo.get("birthday").asText());
        assertTrue(userinfo.get("website").isNull());
        verify(api.friendInfo).friendInfo(ALICE_ON_BOB);
    }

    @Test
    void getgoodfriendinfoOfAStrangerIsNotFriends() throws Exception {
        when(api.friendInfo.friendInfo(any())).thenThrow(new DomainException(ReasonCode.NOT_FRIENDS));

        RestApiHarness.Reply reply = api.get("/api/chat/getgoodfriendinfo/8").header("token", USER_TOKEN).send();

        assertEquals(400, reply.status());
        assertEquals("NOT_FRIENDS", reply.code());
        assertEquals("好友不存在", reply.data());
    }

    // #17

    @Test
    void setstargoodfriendTogglesAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/setstargoodfriend/8").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.toggleStar).toggleStar(ALICE_ON_BOB);
    }

    @Test
    void setstargoodfriendOnABlockedOrMissingFriendIsNotFriends() throws Exception {
        doThrow(new DomainException(ReasonCode.NOT_FRIENDS)).when(api.toggleStar).toggleStar(any());

        RestApiHarness.Reply reply = api.post("/api/chat/setstargoodfriend/8").header("token", USER_TOKEN).send();

        assertEquals(400, reply.status());
        assertEquals("NOT_FRIENDS", reply.code());
    }

    // #18

    @Test
    void setmeOrfriendCanSeeSetsBothFlagsAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/setmeOrfriendCanSee/8").header("token", USER_TOKEN)
                .json("{\"friendlookme\":0,\"melookfriend\":\"1\"}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.setFriendVisibility).setVisibility(new FriendVisibilityCommand(ALICE, BOB, false, true));
    }

    @Test
    void setmeOrfriendCanSeeTakesAFormBody() throws Exception {
        api.post("/api/chat/setmeOrfriendCanSee/8").header("token", USER_TOKEN)
                .form("friendlookme=1&melookfriend=0").send();

        verify(api.setFriendVisibility).setVisibility(new FriendVisibilityCommand(ALICE, BOB, true, false));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "8| {\"melookfriend\":1}| friendlookme",
        "8| {\"friendlookme\":1}| melookfriend",
        "8| {\"friendlookme\":2,\"melookfriend\":1}| friendlookme",
        "8| {\"friendlookme\":1,\"melookfriend\":\"yes\"}| melookfriend",
        "0| {\"friendlookme\":1,\"melookfriend\":1}| id"})
    void setmeOrfriendCanSeeWithBadParametersIs422(String id, String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/setmeOrfriendCanSee/" + id).header("token", USER_TOKEN)
                .json(body).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.setFriendVisibility);
    }

    @Test
    void setmeOrfriendCanSeeOnABlockedOrMissingFriendIsNotFriends() throws Exception {
        doThrow(new DomainException(ReasonCode.NOT_FRIENDS)).when(api.setFriendVisibility).setVisibility(any());

        RestApiHarness.Reply reply = api.post("/api/chat/setmeOrfriendCanSee/8").header("token", USER_TOKEN)
                .json("{\"friendlookme\":1,\"melookfriend\":1}").send();

        assertEquals(400, reply.status());
        assertEquals("NOT_FRIENDS", reply.code());
    }

    // #38

    @Test
    void deletegoodfriendAnswersTheSentenceInTheCallersLanguage() throws Exception {
        RestApiHarness.Reply chinese = api.post("/api/chat/deletegoodfriend/8").header("token", USER_TOKEN).send();
        RestApiHarness.Reply english = api.post("/api/chat/deletegoodfriend/8").header("token", VISITOR_TOKEN)
                .header("Accept-Language", "en-US,zh;q=0.5").send();

        assertEquals(200, chinese.status(), chinese.text());
        assertEquals("删除好友成功", chinese.data());
        assertEquals(200, english.status(), english.text());
        assertEquals("Friend deleted", english.data());
        verify(api.deleteFriend).deleteFriend(ALICE_ON_BOB);
        verify(api.deleteFriend).deleteFriend(new RelationCommand(VISITOR, BOB));
    }

    @Test
    void deletegoodfriendOfAStrangerIsNotFriends() throws Exception {
        doThrow(new DomainException(ReasonCode.NOT_FRIENDS)).when(api.deleteFriend).deleteFriend(any());

        RestApiHarness.Reply reply = api.post("/api/chat/deletegoodfriend/8").header("token", USER_TOKEN).send();

        assertEquals(400, reply.status());
        assertEquals("NOT_FRIENDS", reply.code());
    }

    // #40

    @Test
    void getUserSetInfoAnswersTheirSettingsAndWhetherTheyHaveMe() throws Exception {
        when(api.userSetInfo.userSetInfo(any())).thenReturn(new UserSetInfoView(bob(), true, false));

        RestApiHarness.Reply reply = api.post("/api/chat/getUserSetInfo").header("token", USER_TOKEN)
                .json("{\"userid\":\"8\"}").send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "userset", "invite_confirm", "uuid", "isgoodfriend", "isgoodfriend_status"),
                fieldNames(data));
        assertEquals(8, data.get("id").asLong());
        assertEquals("{\"chatset\":{}}", data.get("userset").asText());
        assertEquals(1, data.get("invite_confirm").asInt());
        assertEquals(BOB_UUID, data.get("uuid").asText());
        assertTrue(data.get("isgoodfriend").isBoolean());
        assertTrue(data.get("isgoodfriend").asBoolean());
        assertFalse(data.get("isgoodfriend_status").asBoolean());
        verify(api.userSetInfo).userSetInfo(ALICE_ON_BOB);
    }

    @Test
    void getUserSetInfoTakesTheIdFromTheQueryOrAForm() throws Exception {
        when(api.userSetInfo.userSetInfo(any())).thenReturn(new UserSetInfoView(bob(), false, false));

        assertEquals(200, api.post("/api/chat/getUserSetInfo?userid=8").header("token", VISITOR_TOKEN).send()
                .status());
        assertEquals(200, api.post("/api/chat/getUserSetInfo").header("token", USER_TOKEN).form("userid=8").send()
                .status());

        verify(api.userSetInfo).userSetInfo(new RelationCommand(VISITOR, BOB));
        verify(api.userSetInfo).userSetInfo(ALICE_ON_BOB);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"userid\":0}", "{\"userid\":\"bob\"}", "{\"id\":8}"})
    void getUserSetInfoWithoutAUserIdIs422OnUserid(String body) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/getUserSetInfo").header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("userid", reply.field());
        verifyNoInteractions(api.userSetInfo);
    }

    @Test
    void getUserSetInfoOnAVisitorOrAMissingUserIsUserNotFound() throws Exception {
        when(api.userSetInfo.userSetInfo(any())).thenThrow(new DomainException(ReasonCode.USER_NOT_FOUND));

        RestApiHarness.Reply reply = api.post("/api/chat/getUserSetInfo").header("token", USER_TOKEN)
                .json("{\"userid\":8}").send();

        assertEquals(400, reply.status());
        assertEquals("USER_NOT_FOUND", reply.code());
    }

    // ids, visitors and tokens

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, getgoodfriendinfo, x", "POST, setstargoodfriend, 0", "POST, deletegoodfriend, -8",
        "POST, setstargoodfriend, 1.5"})
    void anIdThatIsNotAUserIdIs422OnId(String method, String action, String id) throws Exception {
        RestApiHarness.Reply reply = api.call(method, "/api/chat/" + action + "/" + id).header("token", USER_TOKEN)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("id", reply.field());
        verifyNoInteractions(api.friendInfo, api.toggleStar, api.deleteFriend);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/chat/goodfriendlist/1",
        "GET, /api/chat/getgoodfriendinfo/8",
        "POST, /api/chat/setstargoodfriend/8",
        "POST, /api/chat/setmeOrfriendCanSee/8"})
    void visitorsMayNotUseTheRest(String method, String path) throws Exception {
        // refused before the resource reads anything, so no parameters are needed
        RestApiHarness.Reply reply = api.call(method, path).header("token", VISITOR_TOKEN).send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("VISITOR_FORBIDDEN", reply.code());
        verifyNoInteractions(api.listFriends, api.friendInfo, api.toggleStar, api.setFriendVisibility);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/chat/goodfriendlist/1", "POST, /api/chat/deletegoodfriend/8",
        "POST, /api/chat/getUserSetInfo"})
    void everyContactEndpointNeedsAToken(String method, String path) throws Exception {
        assertEquals("TOKEN_MISSING", api.call(method, path).send().code());
        verifyNoInteractions(api.listFriends, api.deleteFriend, api.userSetInfo);
    }

    private static FriendView friend(long entryId, long userId, String username, String nickname, String remark,
            boolean blocked) {
        UserId id = UserId.of(userId);
        String uuid = userId == 8 ? BOB_UUID : String.format("%08d-1111-4222-8333-944455556666", userId);
        return new FriendView(new Friendship(entryId, ALICE, id, remark, true, true, false),
                new UserSummary(id, uuid, username, nickname, "/" + userId + ".png", Role.USER), blocked);
    }

    private static User bob() {
        return new User(BOB, BOB_UUID, new Username("bob_01"), "hash", "Bob", "/b.png", Role.USER,
                UserStatus.ENABLED, null, null, new UserSettings("{\"chatset\":{}}", ChatSettings.DEFAULT), 1, null,
                null, null, null, null, null, null, null, null);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(row -> names.add(row.get("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
