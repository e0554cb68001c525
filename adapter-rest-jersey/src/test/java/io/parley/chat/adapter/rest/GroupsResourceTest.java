package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.Groups.ALICE;
import static io.parley.chat.adapter.rest.Groups.ID;
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
import io.parley.chat.application.port.in.CreateGroupCommand;
import io.parley.chat.application.port.in.GroupCommand;
import io.parley.chat.application.port.in.GroupTextCommand;
import io.parley.chat.application.port.in.JoinGroupCommand;
import io.parley.chat.application.port.in.ListMyGroupsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.domain.group.GroupPolicies.Leaving;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** #22–#24 and #30–#32: groups as their members see them. */
class GroupsResourceTest {
    private static final UserId VISITOR = UserId.of(9);

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

    // #22

    @Test
    void createTakesAJsonArrayOfContactEntryIdsAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/group/create").header("token", USER_TOKEN)
                .json("{\"userIds\":[31,32,31]}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.createGroup).create(new CreateGroupCommand(ALICE, List.of(31L, 32L)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/json| {\"userIds\":[\"31\",\"32\"]}",
        "application/x-www-form-urlencoded| userIds%5B%5D=31&userIds%5B%5D=32",
        "application/x-www-form-urlencoded| userIds[0]=31&userIds[1]=32",
        "application/x-www-form-urlencoded| userIds=31,32",
        "application/x-www-form-urlencoded| userIds=%5B31%2C32%5D"})
    void createTakesTheArrayAsFormsAndClientsWriteIt(String type, String body) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/group/create").header("token", USER_TOKEN)
                .body(type, body).send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.createGroup).create(new CreateGroupCommand(ALICE, List.of(31L, 32L)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"userIds\":[]}", "{\"userIds\":\"\"}", "{\"userIds\":[\"x\"]}",
        "{\"userIds\":[1.5]}", "{\"userIds\":[{\"id\":3}]}", "{\"userIds\":[0]}", "{\"userIds\":[-4]}",
        "{\"userIds\":\"3,,4\"}", "{\"userIds\":\"[3\"}", "{\"userIds\":{\"a\":1}}"})
    void createWithoutUsableIdsIs422OnUserIds(String body) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/group/create").header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals("userIds", reply.field());
        verifyNoInteractions(api.createGroup);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NOT_FRIENDS", "GROUP_FULL"})
    void createRefusedByTheCoreAnswersItsCode(String code) throws Exception {
        doThrow(new DomainException(ReasonCode.valueOf(code))).when(api.createGroup).create(any());

        RestApiHarness.Reply reply = api.post("/api/chat/group/create").header("token", USER_TOKEN)
                .json("{\"userIds\":[31]}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals(code, reply.code());
    }

    // #23

    @Test
    void grouplistAnswersEachGroupRowWithOnlyMyMemberRow() throws Exception {
        when(api.myGroups.myGroups(any())).thenReturn(List.of(Groups.listing()));

        RestApiHarness.Reply reply = api.get("/api/chat/grouplist/1").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode rows = reply.json().get("data");
        assertTrue(rows.isArray());
        assertEquals(1, rows.size());
        JsonNode row = rows.get(0);
        assertEquals(List.of("id", "uuid", "user_id", "name", "avatar", "remark", "invite_confirm", "status",
                "create_time", "group_users"), fieldNames(row));
        assertEquals(12, row.get("id").asLong());
        assertEquals(Groups.UUID, row.get("uuid").asText());
        assertEquals(7, row.get("user_id").asLong());
        assertEquals("周末爬山", row.get("name").asText());
        assertEquals("/a.png,/b.png", row.get("avatar").asText());
        assertEquals("周六八点集合", row.get("remark").asText());
        assertEquals(1, row.get("invite_confirm").asInt());
        assertEquals(1, row.get("status").asInt());
        assertEquals("2025-07-13 11:46:05", row.get("create_time").asText());
        JsonNode mine = row.get("group_users");
        assertEquals(1, mine.size());
        assertEquals(List.of("group_id", "user_id", "nickname", "avatar"), fieldNames(mine.get(0)));
        assertEquals(12, mine.get(0).get("group_id").asLong());
        assertEquals(7, mine.get(0).get("user_id").asLong());
        assertEquals("领队", mine.get(0).get("nickname").asText());
        assertEquals("/a-in-group.png", mine.get(0).get("avatar").asText());
        verify(api.myGroups).myGroups(new ListUsersQuery(ALICE,
                new PageRequest(1, ListMyGroupsUseCase.DEFAULT_LIMIT)));
    }

    @Test
    void grouplistTakesALimitAndIsOpenToVisitors() throws Exception {
        when(api.myGroups.myGroups(any())).thenReturn(List.of());

        RestApiHarness.Reply reply = api.get("/api/chat/grouplist/2?limit=500").header("token", VISITOR_TOKEN)
                .send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals(0, reply.json().get("data").size());
        verify(api.myGroups).myGroups(new ListUsersQuery(VISITOR,
                new PageRequest(2, ListMyGroupsUseCase.MAX_LIMIT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/chat/grouplist/0, page", "/api/chat/grouplist/x, page", "/api/chat/grouplist/1?limit=0, limit"})
    void grouplistWithABadPageOrLimitIs422(String path, String field) throws Exception {
        RestApiHarness.Reply reply = api.get(path).header("token", USER_TOKEN).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.myGroups);
    }

    // #24

    @Test
    void groupinfoAnswersTheGroupWithItsMembersAndWhoTheyAre() throws Exception {
        when(api.groupInfo.groupInfo(any())).thenReturn(Groups.info());

        RestApiHarness.Reply reply = api.get("/api/chat/groupinfo/12").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "uuid", "user_id", "name", "avatar", "remark", "invite_confirm", "status",
                "create_time", "group_users"), fieldNames(data));
        assertEquals("周末爬山", data.get("name").asText());
        JsonNode members = data.get("group_users");
        assertEquals(2, members.size());
        JsonNode bob = members.get(1);
        assertEquals(List.of("group_id", "user_id", "nickname", "avatar", "status", "create_time", "user"),
                fieldNames(bob));
        assertEquals(12, bob.get("group_id").asLong());
        assertEquals(8, bob.get("user_id").asLong());
        assertEquals("", bob.get("nickname").asText());
        assertEquals(0, bob.get("status").asInt());
        assertEquals("2025-07-15 00:00:00", bob.get("create_time").asText());
        JsonNode user = bob.get("user");
        assertEquals(List.of("id", "username", "avatar", "nickname", "uuid", "role"), fieldNames(user));
        assertEquals(8, user.get("id").asLong());
        assertEquals("bob_01", user.get("username").asText());
        assertEquals("/b.png", user.get("avatar").asText());
        assertEquals("Bob", user.get("nickname").asText());
        assertEquals(Groups.BOB_UUID, user.get("uuid").asText());
        assertEquals("visitor", user.get("role").asText());
        assertEquals("领队", members.get(0).get("nickname").asText());
        verify(api.groupInfo).groupInfo(new GroupCommand(ALICE, ID));
    }

    @Test
    void groupinfoIsOpenToVisitorsWhoAreNoMembers() throws Exception {
        when(api.groupInfo.groupInfo(any())).thenReturn(Groups.info());

        assertEquals(200, api.get("/api/chat/groupinfo/12").header("token", VISITOR_TOKEN).send().status());

        verify(api.groupInfo).groupInfo(new GroupCommand(VISITOR, ID));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GROUP_NOT_FOUND", "GROUP_DISSOLVED"})
    void groupinfoOfAnUnknownOrDissolvedGroupAnswersTheCode(String code) throws Exception {
        when(api.groupInfo.groupInfo(any())).thenThrow(new DomainException(ReasonCode.valueOf(code)));

        RestApiHarness.Reply reply = api.get("/api/chat/groupinfo/12").header("token", USER_TOKEN).send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals(code, reply.code());
    }

    // #30

    @Test
    void groupInviteUserAnswersJoinedWhenTheJoinerIsIn() throws Exception {
        when(api.joinGroup.join(any())).thenReturn(MemberStatus.ACTIVE);

        RestApiHarness.Reply reply = api.post("/api/chat/groupInviteUser").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":\"8\",\"inviteuser_id\":7,\"addGroupDesc\":\"一起爬山\"}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("加群成功", reply.data());
        verify(api.joinGroup).join(new JoinGroupCommand(ALICE, ID, Groups.BOB, 7, "一起爬山"));
    }

    @Test
    void groupInviteUserAnswersWaitingWhenTheOwnerMustApprove() throws Exception {
        when(api.joinGroup.join(any())).thenReturn(MemberStatus.PENDING);

        RestApiHarness.Reply chinese = api.post("/api/chat/groupInviteUser").header("token", VISITOR_TOKEN)
                .form("group_id=12&user_id=9&inviteuser_id=-1").send();
        RestApiHarness.Reply english = api.post("/api/chat/groupInviteUser").header("token", VISITOR_TOKEN)
                .header("Accept-Language", "en").form("group_id=12&user_id=9").send();

        assertEquals(200, chinese.status(), chinese.text());
        assertEquals("等待群主同意", chinese.data());
        assertEquals("Waiting for the owner to approve", english.data());
        verify(api.joinGroup).join(new JoinGroupCommand(VISITOR, ID, VISITOR, -1, ""));
        verify(api.joinGroup).join(new JoinGroupCommand(VISITOR, ID, VISITOR, 0, ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"user_id\":8}| group_id",
        "{\"group_id\":0,\"user_id\":8}| group_id",
        "{\"group_id\":12}| user_id",
        "{\"group_id\":12,\"user_id\":8,\"inviteuser_id\":\"me\"}| inviteuser_id"})
    void groupInviteUserWithBadParametersIs422(String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupInviteUser").header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.joinGroup);
    }

    @Test
    void groupInviteUserWithAnOverlongDescriptionIs422() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupInviteUser").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8,\"addGroupDesc\":\"" + "长".repeat(501) + "\"}").send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("addGroupDesc", reply.field());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LOGIN_REQUIRED", "ALREADY_MEMBER", "JOIN_PENDING", "GROUP_FULL", "GROUP_LOCKED",
        "NOT_GROUP_MEMBER"})
    void groupInviteUserRefusedByTheCoreAnswersItsCode(String code) throws Exception {
        when(api.joinGroup.join(any())).thenThrow(new DomainException(ReasonCode.valueOf(code)));

        RestApiHarness.Reply reply = api.post("/api/chat/groupInviteUser").header("token", VISITOR_TOKEN)
                .json("{\"group_id\":12,\"user_id\":9}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals(code, reply.code());
    }

    @Test
    void aVisitorInvitingSomeoneElseIsRefusedByTheCore() throws Exception {
        when(api.joinGroup.join(any())).thenThrow(new DomainException(ReasonCode.VISITOR_FORBIDDEN));

        RestApiHarness.Reply reply = api.post("/api/chat/groupInviteUser").header("token", VISITOR_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("VISITOR_FORBIDDEN", reply.code());
        verify(api.joinGroup).join(new JoinGroupCommand(VISITOR, ID, Groups.BOB, 0, ""));
    }

    @Test
    void anInviterWhoIsNotTheCallerIs422OnInviteuserId() throws Exception {
        when(api.joinGroup.join(any())).thenThrow(
                new ValidationException("inviteuser_id", ValidationException.Problem.MISMATCH, "the caller"));

        RestApiHarness.Reply reply = api.post("/api/chat/groupInviteUser").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8,\"inviteuser_id\":3}").send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("inviteuser_id", reply.field());
    }

    // #31

    @Test
    void groupnicknameSetsMyNameInTheGroup() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupnickname").header("token", VISITOR_TOKEN)
                .json("{\"id\":\"12\",\"nickname\":\" 小明 \"}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.setGroupNickname).setNickname(new GroupTextCommand(VISITOR, ID, "小明"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"nickname\":\"x\"}| id",
        "{\"id\":\"a\",\"nickname\":\"x\"}| id",
        "{\"id\":12}| nickname",
        "{\"id\":12,\"nickname\":\"  \"}| nickname",
        "{\"id\":12,\"nickname\":\"123456789012345678901\"}| nickname"})
    void groupnicknameWithBadParametersIs422(String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupnickname").header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.setGroupNickname);
    }

    @Test
    void groupnicknameOutsideTheGroupIsNotGroupMember() throws Exception {
        doThrow(new DomainException(ReasonCode.NOT_GROUP_MEMBER)).when(api.setGroupNickname).setNickname(any());

        RestApiHarness.Reply reply = api.post("/api/chat/groupnickname").header("token", USER_TOKEN)
                .json("{\"id\":12,\"nickname\":\"x\"}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("NOT_GROUP_MEMBER", reply.code());
        assertEquals("你不在该群聊中，操作失败", reply.data());
    }

    // #32

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DISSOLVE", "QUIT"})
    void groupDeleteOrQuitAnswersOkEitherWay(String leaving) throws Exception {
        when(api.leaveGroup.leave(any())).thenReturn(Leaving.valueOf(leaving));

        RestApiHarness.Reply reply = api.post("/api/chat/groupDeleteOrQuit").header("token", VISITOR_TOKEN)
                .form("id=12").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.leaveGroup).leave(new GroupCommand(VISITOR, ID));
    }

    @Test
    void groupDeleteOrQuitWithoutAnIdIs422() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupDeleteOrQuit").header("token", USER_TOKEN).json("{}")
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("id", reply.field());
        verifyNoInteractions(api.leaveGroup);
    }

    @Test
    void groupDeleteOrQuitOfAnUnknownGroupIsGroupNotFound() throws Exception {
        when(api.leaveGroup.leave(any())).thenThrow(new DomainException(ReasonCode.GROUP_NOT_FOUND));

        RestApiHarness.Reply reply = api.post("/api/chat/groupDeleteOrQuit").header("token", USER_TOKEN)
                .json("{\"id\":12}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("GROUP_NOT_FOUND", reply.code());
    }

    // visitors and tokens

    @Test
    void visitorsMayNotCreateGroups() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/group/create").header("token", VISITOR_TOKEN)
                .json("{\"userIds\":[31]}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("VISITOR_FORBIDDEN", reply.code());
        verifyNoInteractions(api.createGroup);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/chat/group/create", "GET, /api/chat/grouplist/1", "GET, /api/chat/groupinfo/12",
        "POST, /api/chat/groupInviteUser", "POST, /api/chat/groupnickname", "POST, /api/chat/groupDeleteOrQuit"})
    void everyGroupEndpointNeedsAToken(String method, String path) throws Exception {
        assertEquals("TOKEN_MISSING", api.call(method, path).send().code());
        verifyNoInteractions(api.createGroup, api.myGroups, api.groupInfo, api.joinGroup, api.setGroupNickname,
                api.leaveGroup);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
