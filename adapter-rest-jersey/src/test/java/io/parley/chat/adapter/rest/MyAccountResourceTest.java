package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.RestApiHarness.USER_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.parley.chat.application.port.in.ChangePasswordCommand;
import io.parley.chat.application.port.in.UpdateProfileCommand;
import io.parley.chat.application.port.in.UpdateUserSettingsCommand;
import io.parley.chat.domain.settings.ChatSettings;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.ProfileEdit;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** #3, #10, #39 and #42: the caller's own account, behind the chat auth. */
class MyAccountResourceTest {
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
        when(api.updateProfile.updateProfile(any()))
                .thenAnswer(call -> call.getArgument(0, UpdateProfileCommand.class).edit());
    }

    @Test
    void logoutEndsTheCallersSessionAndAnswersTrue() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/logout").header("token", USER_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.json().get("data").isBoolean());
        assertTrue(reply.json().get("data").asBoolean());
        verify(api.logout).logout(Accounts.asUser());
    }

    @Test
    void theTokenMayComeFromTheQuery() throws Exception {
        assertEquals(200, api.post("/api/chat/logout?token=" + USER_TOKEN).send().status());
        verify(api.authenticate).authenticate(USER_TOKEN);
    }

    @Test
    void theTokenMayComeFromAJsonBody() throws Exception {
        assertEquals(200, api.post("/api/chat/logout").json("{\"token\":\"" + USER_TOKEN + "\"}").send().status());
        verify(api.authenticate).authenticate(USER_TOKEN);
    }

    @Test
    void theTokenMayComeFromAFormBody() throws Exception {
        assertEquals(200, api.post("/api/chat/logout").form("token=" + USER_TOKEN).send().status());
        verify(api.authenticate).authenticate(USER_TOKEN);
    }

    @Test
    void theHeaderTokenWinsOverQueryAndBody() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/logout?token=stale").header("token", USER_TOKEN)
                .json("{\"token\":\"staler\"}").send();

        assertEquals(200, reply.status());
        verify(api.authenticate).authenticate(USER_TOKEN);
    }

    @Test
    void theQueryTokenWinsOverTheBody() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/logout?token=" + USER_TOKEN).json("{\"token\":\"stale\"}")
                .send();

        assertEquals(200, reply.status());
        verify(api.authenticate).authenticate(USER_TOKEN);
    }

    @Test
    void usersetSavesTheTextAsSentWithTheChatSettingsReadFromIt() throws Exception {
        String userset = "{\"chatset\":{\"visitor\":{\"sendCount\":0,\"needFollow\":false},"
                + "\"user\":{\"sendCount\":2,\"needFollow\":true}},\"theme\":\"dark\"}";

        RestApiHarness.Reply reply = api.post("/api/chat/userset").header("token", USER_TOKEN)
                .json("{\"userset\":" + quoted(userset) + "}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("ok", reply.data());
        ArgumentCaptor<UpdateUserSettingsCommand> command = ArgumentCaptor.forClass(UpdateUserSettingsCommand.class);
        verify(api.updateUserSettings).updateSettings(command.capture());
        assertEquals(UserId.of(7), command.getValue().user());
        assertEquals(userset, command.getValue().settings().json());
        assertEquals(new ChatSettings(new SendPolicy(0, false), new SendPolicy(2, true)),
                command.getValue().settings().chat());
    }

    @Test
    void usersetMayArriveAsAJsonObjectOrInAForm() throws Exception {
        RestApiHarness.Reply object = api.post("/api/chat/userset").header("token", USER_TOKEN)
                .json("{\"userset\":{\"chatset\":{\"user\":{\"sendCount\":2,\"needFollow\":false}}}}").send();
        RestApiHarness.Reply form = api.post("/api/chat/userset").header("token", USER_TOKEN)
                .form("userset=%7B%22chatset%22%3A%7B%22user%22%3A%7B%22sendCount%22%3A2%2C%22needFollow%22%3Atrue"
                        + "%7D%7D%7D")
                .send();

        assertEquals(200, object.status(), object.text());
        assertEquals(200, form.status(), form.text());
        ArgumentCaptor<UpdateUserSettingsCommand> command = ArgumentCaptor.forClass(UpdateUserSettingsCommand.class);
        verify(api.updateUserSettings, org.mockito.Mockito.times(2)).updateSettings(command.capture());
        assertEquals(new SendPolicy(2, false), command.getAllValues().get(0).settings().chat().user());
        assertEquals("{\"chatset\":{\"user\":{\"sendCount\":2,\"needFollow\":false}}}",
                command.getAllValues().get(0).settings().json());
        assertEquals(new SendPolicy(2, true), command.getAllValues().get(1).settings().chat().user());
    }

    @Test
    void usersetThatIsNotJsonIs422OnUserset() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/userset").header("token", USER_TOKEN)
                .json("{\"userset\":\"{chatset:\"}").send();

        assertEquals(422, reply.status());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals("userset", reply.field());
        verifyNoInteractions(api.updateUserSettings);
    }

    @Test
    void usersetWithABadChatsetIs422OnUserset() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/userset").header("token", USER_TOKEN)
                .json("{\"userset\":" + quoted("{\"chatset\":{\"user\":{\"sendCount\":5,\"needFollow\":false}}}")
                        + "}")
                .send();

        assertEquals(422, reply.status());
        assertEquals("userset", reply.field());
        verifyNoInteractions(api.updateUserSettings);
    }

    @Test
    void missingUsersetIs422OnUserset() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/userset").header("token", USER_TOKEN).json("{}").send();

        assertEquals(422, reply.status());
        assertEquals("userset", reply.field());
        assertTrue(reply.data().contains("userset"), reply.data());
    }

    @Test
    void updateUserinfoAnswersTheEditsConfirmationInTheCallersLanguage() throws Exception {
        RestApiHarness.Reply zh = api.post("/api/chat/updateUserinfo").header("token", USER_TOKEN)
                .json("{\"fieldname\":\"nickname\",\"fieldValue\":\"Ally\"}").send();
        RestApiHarness.Reply en = api.post("/api/chat/updateUserinfo").header("token", USER_TOKEN)
                .header("Accept-Language", "en").form("fieldname=avatar&fieldValue=%2Fb.png").send();

        assertEquals(200, zh.status(), zh.text());
        assertEquals(ChatText.NICKNAME_UPDATED.text(Language.ZH), zh.data());
        assertEquals(ChatText.AVATAR_UPDATED.text(Language.EN), en.data());
        ArgumentCaptor<UpdateProfileCommand> command = ArgumentCaptor.forClass(UpdateProfileCommand.class);
        verify(api.updateProfile, org.mockito.Mockito.times(2)).updateProfile(command.capture());
        assertEquals(new UpdateProfileCommand(UserId.of(7), new ProfileEdit(ProfileEdit.Field.NICKNAME, "Ally")),
                command.getAllValues().get(0));
        assertEquals(new ProfileEdit(ProfileEdit.Field.AVATAR, "/b.png"), command.getAllValues().get(1).edit());
    }

    @Test
    void updateUserinfoTakesANumberForInviteConfirm() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/updateUserinfo").header("token", USER_TOKEN)
                .json("{\"fieldname\":\"invite_confirm\",\"fieldValue\":1}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals(ChatText.SETTING_SAVED.text(Language.ZH), reply.data());
    }

    @Test
    void updateUserinfoOfAnUnknownFieldAnswersEmptyText() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/updateUserinfo").header("token", USER_TOKEN)
                .json("{\"fieldname\":\"mood\",\"fieldValue\":\"happy\"}").send();

        assertEquals(200, reply.status());
        assertEquals("", reply.data());
    }

    @Test
    void updateUserinfoOfTheUsernameIs422OnFieldname() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/updateUserinfo").header("token", USER_TOKEN)
                .json("{\"fieldname\":\"username\",\"fieldValue\":\"bob\"}").send();

        assertEquals(422, reply.status());
        assertEquals("fieldname", reply.field());
        verifyNoInteractions(api.updateProfile);
    }

    @Test
    void setPasswordChangesItAndSaysSo() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/setPassword").header("token", USER_TOKEN)
                .json("{\"oldpassword\":\"old-one\",\"newpassword\":\"new-one\",\"checknewpassword\":\"new-one\"}")
                .send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals(ChatText.PASSWORD_CHANGED.text(Language.ZH), reply.data());
        ArgumentCaptor<ChangePasswordCommand> command = ArgumentCaptor.forClass(ChangePasswordCommand.class);
        verify(api.changePassword).changePassword(command.capture());
        assertEquals(UserId.of(7), command.getValue().user());
        assertEquals("old-one", command.getValue().oldPassword().reveal());
        assertEquals("new-one", command.getValue().newPassword().reveal());
    }

    @Test
    void setPasswordWithADifferentConfirmationIs422OnChecknewpassword() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/setPassword").header("token", USER_TOKEN)
                .form("oldpassword=old-one&newpassword=new-one&checknewpassword=new-two").send();

        assertEquals(422, reply.status());
        assertEquals("checknewpassword", reply.field());
        verifyNoInteractions(api.changePassword);
    }

    @Test
    void setPasswordWithTheWrongOldPasswordIsRefusedByTheCore() throws Exception {
        doThrow(new DomainException(ReasonCode.WRONG_PASSWORD)).when(api.changePassword).changePassword(any());

        RestApiHarness.Reply reply = api.post("/api/chat/setPassword").header("token", USER_TOKEN)
                .header("Accept-Language", "en")
                .json("{\"oldpassword\":\"bad\",\"newpassword\":\"new-one\",\"checknewpassword\":\"new-one\"}")
                .send();

        assertEquals(400, reply.status());
        assertEquals("WRONG_PASSWORD", reply.code());
        assertEquals(ReasonCode.WRONG_PASSWORD.text(Language.EN), reply.data());
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
