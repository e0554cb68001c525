package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.Groups.ALICE;
import static io.parley.chat.adapter.rest.Groups.BOB;
import static io.parley.chat.adapter.rest.Groups.ID;
import static io.parley.chat.adapter.rest.RestApiHarness.USER_TOKEN;
import static io.parley.chat.adapter.rest.RestApiHarness.VISITOR_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.parley.chat.application.port.in.GroupMemberCommand;
import io.parley.chat.application.port.in.GroupTextCommand;
import io.parley.chat.application.port.in.SetJoinPolicyCommand;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** #25–#29 and {@code groupMuteUser}: what only the owner may do. */
class GroupOwnerResourceTest {
    private static final GroupMemberCommand ALICE_ON_BOB = new GroupMemberCommand(ALICE, ID, BOB);

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

    // #25, #26

    @Test
    void groupUpdateNameRenamesTheGroupAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupUpdateName").header("token", USER_TOKEN)
                .json("{\"id\":12,\"name\":\"周日爬山\"}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.renameGroup).rename(new GroupTextCommand(ALICE, ID, "周日爬山"));
    }

    @Test
    void groupremarkSetsTheAnnouncementAndAnswersOk() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupremark").header("token", USER_TOKEN)
                .form("id=12&remark=%E5%85%AB%E7%82%B9%E9%9B%86%E5%90%88").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        verify(api.announce).announce(new GroupTextCommand(ALICE, ID, "八点集合"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "groupUpdateName| {\"name\":\"x\"}| id",
        "groupUpdateName| {\"id\":12}| name",
        "groupUpdateName| {\"id\":12,\"name\":\"123456789012345678901\"}| name",
        "groupremark| {\"id\":\"twelve\",\"remark\":\"x\"}| id",
        "groupremark| {\"id\":12,\"remark\":\"\"}| remark"})
    void renameAndAnnouncementWithBadParametersAre422(String action, String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/" + action).header("token", USER_TOKEN).json(body).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.renameGroup, api.announce);
    }

    @Test
    void anAnnouncementOfMoreThan500CharactersIs422() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupremark").header("token", USER_TOKEN)
                .json("{\"id\":12,\"remark\":\"" + "公".repeat(501) + "\"}").send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("remark", reply.field());
    }

    @Test
    void aMemberWhoRenamesIsNotTheOwner() throws Exception {
        doThrow(new DomainException(ReasonCode.NOT_GROUP_OWNER)).when(api.renameGroup).rename(any());

        RestApiHarness.Reply reply = api.post("/api/chat/groupUpdateName").header("token", USER_TOKEN)
                .json("{\"id\":12,\"name\":\"x\"}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("NOT_GROUP_OWNER", reply.code());
        assertEquals("只有群主才能操作", reply.data());
    }

    // #27

    @Test
    void groupDeleteUserAnswersTheSentenceInTheCallersLanguage() throws Exception {
        RestApiHarness.Reply chinese = api.post("/api/chat/groupDeleteUser").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8}").send();
        RestApiHarness.Reply english = api.post("/api/chat/groupDeleteUser").header("token", USER_TOKEN)
                .header("Accept-Language", "en").form("group_id=12&user_id=8").send();

        assertEquals(200, chinese.status(), chinese.text());
        assertEquals("删除群成员成功", chinese.data());
        assertEquals("Member removed", english.data());
        verify(api.kickMember, times(2)).kick(ALICE_ON_BOB);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{\"user_id\":8}| group_id", "{\"group_id\":12}| user_id",
        "{\"group_id\":12,\"user_id\":\"bob\"}| user_id"})
    void groupDeleteUserWithBadParametersIs422(String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupDeleteUser").header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.kickMember);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NOT_GROUP_OWNER", "SELF_NOT_ALLOWED", "NOT_GROUP_MEMBER", "GROUP_LOCKED"})
    void groupDeleteUserRefusedByTheCoreAnswersItsCode(String code) throws Exception {
        doThrow(new DomainException(ReasonCode.valueOf(code))).when(api.kickMember).kick(any());

        RestApiHarness.Reply reply = api.post("/api/chat/groupDeleteUser").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals(code, reply.code());
    }

    // #28

    @Test
    void groupAddUserSetSavesThePolicy() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupAddUserSet").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"addGroupSet\":\"2\"}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("设置成功", reply.data());
        verify(api.setJoinPolicy).setJoinPolicy(new SetJoinPolicyCommand(ALICE, ID, new JoinPolicy(2)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{\"addGroupSet\":1}| group_id", "{\"group_id\":12}| addGroupSet",
        "{\"group_id\":12,\"addGroupSet\":11}| addGroupSet", "{\"group_id\":12,\"addGroupSet\":-1}| addGroupSet",
        "{\"group_id\":12,\"addGroupSet\":\"open\"}| addGroupSet"})
    void groupAddUserSetWithBadParametersIs422(String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupAddUserSet").header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.setJoinPolicy);
    }

    // #29

    @Test
    void groupAgreeOrNoPassesTheDecision() throws Exception {
        RestApiHarness.Reply agree = api.post("/api/chat/groupAgreeOrNo").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8,\"type\":\"agree\"}").send();
        RestApiHarness.Reply reject = api.post("/api/chat/groupAgreeOrNo").header("token", USER_TOKEN)
                .header("Accept-Language", "en").form("group_id=12&user_id=8&type=no").send();

        assertEquals(200, agree.status(), agree.text());
        assertEquals("处理成功", agree.data());
        assertEquals("Done", reject.data());
        verify(api.decideJoin).decide(ALICE_ON_BOB, true);
        verify(api.decideJoin).decide(ALICE_ON_BOB, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{\"group_id\":12,\"user_id\":8}| type",
        "{\"group_id\":12,\"user_id\":8,\"type\":\"yes\"}| type",
        "{\"group_id\":12,\"user_id\":8,\"type\":\"AGREE\"}| type",
        "{\"user_id\":8,\"type\":\"agree\"}| group_id"})
    void groupAgreeOrNoWithBadParametersIs422(String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupAgreeOrNo").header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.decideJoin);
    }

    @Test
    void groupAgreeOrNoWithoutAPendingRequestIsRequestNotFound() throws Exception {
        doThrow(new DomainException(ReasonCode.REQUEST_NOT_FOUND)).when(api.decideJoin).decide(any(), anyBoolean());

        RestApiHarness.Reply reply = api.post("/api/chat/groupAgreeOrNo").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8,\"type\":\"agree\"}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("REQUEST_NOT_FOUND", reply.code());
    }

    // groupMuteUser

    @Test
    void groupMuteUserMutesAndUnmutes() throws Exception {
        RestApiHarness.Reply mute = api.post("/api/chat/groupMuteUser").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8,\"mute\":1}").send();
        RestApiHarness.Reply unmute = api.post("/api/chat/groupMuteUser").header("token", USER_TOKEN)
                .form("group_id=12&user_id=8&mute=0").send();

        assertEquals(200, mute.status(), mute.text());
        assertEquals("ok", mute.data());
        assertEquals("ok", unmute.data());
        verify(api.muteMember).mute(ALICE_ON_BOB, true);
        verify(api.muteMember).mute(ALICE_ON_BOB, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{\"group_id\":12,\"user_id\":8}| mute",
        "{\"group_id\":12,\"user_id\":8,\"mute\":2}| mute", "{\"group_id\":12,\"user_id\":8,\"mute\":true}| mute",
        "{\"group_id\":12,\"mute\":1}| user_id"})
    void groupMuteUserWithBadParametersIs422(String body, String field) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/groupMuteUser").header("token", USER_TOKEN).json(body)
                .send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals(field, reply.field());
        verifyNoInteractions(api.muteMember);
    }

    @Test
    void groupMuteUserOnALockedGroupIsGroupLocked() throws Exception {
        doThrow(new DomainException(ReasonCode.GROUP_LOCKED)).when(api.muteMember).mute(any(), anyBoolean());

        RestApiHarness.Reply reply = api.post("/api/chat/groupMuteUser").header("token", USER_TOKEN)
                .json("{\"group_id\":12,\"user_id\":8,\"mute\":1}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("GROUP_LOCKED", reply.code());
    }

    // visitors and tokens

    @ParameterizedTest(name = "{0}")
    @CsvSource({"groupUpdateName", "groupremark", "groupDeleteUser", "groupAddUserSet", "groupAgreeOrNo",
        "groupMuteUser"})
    void visitorsMayDoNoneOfIt(String action) throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/" + action).header("token", VISITOR_TOKEN)
                .json("{\"id\":12,\"group_id\":12,\"user_id\":8,\"name\":\"x\",\"remark\":\"x\",\"addGroupSet\":0,"
                        + "\"type\":\"agree\",\"mute\":1}").send();

        assertEquals(400, reply.status(), reply.text());
        assertEquals("VISITOR_FORBIDDEN", reply.code());
        verifyNoInteractions(api.renameGroup, api.announce, api.kickMember, api.setJoinPolicy, api.decideJoin,
                api.muteMember);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"groupUpdateName", "groupremark", "groupDeleteUser", "groupAddUserSet", "groupAgreeOrNo",
        "groupMuteUser"})
    void everyOwnerEndpointNeedsAToken(String action) throws Exception {
        assertEquals("TOKEN_MISSING", api.post("/api/chat/" + action).send().code());
    }
}
