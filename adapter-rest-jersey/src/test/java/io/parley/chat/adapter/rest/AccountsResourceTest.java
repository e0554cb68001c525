package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.PublicProfile;
import io.parley.chat.application.port.in.RegisterCommand;
import io.parley.chat.application.port.in.RegisterVisitorCommand;
import io.parley.chat.application.port.in.UpgradeVisitorCommand;
import io.parley.chat.application.port.in.VisitorLoginCommand;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.Gender;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserInfo;
import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** #1, #2, #4–#6 and #8: parameters in, login result and public profile out. */
class AccountsResourceTest {
    private static final String SIGNATURE = "ab12cd";
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
    }

    @Test
    void registerTakesJsonAndAnswersTheFullAccountWithItsToken() throws Exception {
        when(api.register.register(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        RestApiHarness.Reply reply = api.post("/api/regChat")
                .json("{\"username\":\"alice\",\"password\":\"secret1\",\"extra\":{\"ignored\":true}}").send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("application/json;charset=UTF-8", reply.header("Content-Type"));
        assertEquals("ok", reply.json().get("msg").asText());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "uuid", "username", "nickname", "avatar", "devicefingeruuid", "uniplatform",
                "devicemodel", "deviceos", "devicebrand", "userset", "invite_confirm", "mobile", "email", "status",
                "last_login", "last_login_ip", "register_ip", "register_time", "role", "create_time", "update_time",
                "token"), fieldNames(data));
        assertEquals(7, data.get("id").asLong());
        assertTrue(data.get("id").isNumber());
        assertEquals("6f1c2a1e-1111-4222-8333-944455556666", data.get("uuid").asText());
        assertEquals("alice", data.get("username").asText());
        assertEquals("Alice", data.get("nickname").asText());
        assertEquals("", data.get("devicefingeruuid").asText(), "no device is the seed's ''");
        assertEquals("{\"chatset\":{}}", data.get("userset").asText());
        assertEquals(1, data.get("invite_confirm").asInt());
        assertEquals(1, data.get("status").asInt());
        assertEquals("user", data.get("role").asText());
        assertEquals("2025-07-13 11:46:05", data.get("create_time").asText(), "local time of the server zone");
        assertEquals("2025-07-14T10:20:30.456Z", data.get("update_time").asText());
        assertEquals("2025-07-13T03:46:05.000Z", data.get("register_time").asText(), "millis even when zero");
        assertEquals("2025-07-15T00:00:01.002Z", data.get("last_login").asText());
        assertEquals("10.0.0.1", data.get("last_login_ip").asText());
        assertEquals("token-of-alice", data.get("token").asText());

        ArgumentCaptor<RegisterCommand> command = ArgumentCaptor.forClass(RegisterCommand.class);
        verify(api.register).register(command.capture());
        assertEquals("alice", command.getValue().username().value());
        assertEquals("secret1", command.getValue().password().reveal());
        assertEquals("127.0.0.1", command.getValue().clientAddress(), "the socket's peer");
        verifyNoInteractions(api.authenticate);
    }

    @Test
    void registerTakesAFormBody() throws Exception {
        when(api.register.register(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        RestApiHarness.Reply reply = api.post("/api/regChat").form("username=ali_ce&password=p%40ss+word").send();

        assertEquals(200, reply.status(), reply.text());
        ArgumentCaptor<RegisterCommand> command = ArgumentCaptor.forClass(RegisterCommand.class);
        verify(api.register).register(command.capture());
        assertEquals("ali_ce", command.getValue().username().value());
        assertEquals("p@ss word", command.getValue().password().reveal());
    }

    @Test
    void theClientAddressIsTheSocketsEvenWhenAForwardingHeaderSaysOtherwise() throws Exception {
        when(api.login.login(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        api.post("/api/loginChat").header("X-Forwarded-For", "203.0.113.9")
                .json("{\"username\":\"alice\",\"password\":\"x\"}").send();

        ArgumentCaptor<LoginCommand> command = ArgumentCaptor.forClass(LoginCommand.class);
        verify(api.login).login(command.capture());
        assertEquals("127.0.0.1", command.getValue().clientAddress());
    }

    @Test
    void loginTakesQueryParametersAndTheBodyWinsOverTheQuery() throws Exception {
        when(api.login.login(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        assertEquals(200, api.post("/api/loginChat?username=alice&password=fromQuery").send().status());
        api.post("/api/loginChat?username=alice&password=fromQuery").json("{\"password\":\"fromBody\"}").send();

        ArgumentCaptor<LoginCommand> command = ArgumentCaptor.forClass(LoginCommand.class);
        verify(api.login, org.mockito.Mockito.times(2)).login(command.capture());
        assertEquals("fromQuery", command.getAllValues().get(0).password().reveal());
        assertEquals("alice", command.getAllValues().get(1).username());
        assertEquals("fromBody", command.getAllValues().get(1).password().reveal());
    }

    @Test
    void aMissingParameterIs422NamingItAndNeverReachesTheCore() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/regChat").json("{\"username\":\"alice\"}").send();

        assertEquals(422, reply.status());
        assertEquals("fail", reply.json().get("msg").asText());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals("password", reply.field());
        assertTrue(reply.data().contains("password"), reply.data());
        verifyNoInteractions(api.register);
    }

    @Test
    void anEmptyParameterCountsAsMissing() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/loginChat").form("username=&password=secret1").send();

        assertEquals(422, reply.status());
        assertEquals("username", reply.field());
        verifyNoInteractions(api.login);
    }

    @Test
    void aMalformedUsernameIsNamedByTheCoresRules() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/regChat").json("{\"username\":\"ab\",\"password\":\"secret1\"}")
                .send();

        assertEquals(422, reply.status());
        assertEquals("username", reply.field());
    }

    @Test
    void visitorRegisterBuildsTheSignedRequestWithTheTimestampAsSentAndTheDeviceInfo() throws Exception {
        when(api.registerVisitor.registerVisitor(any())).thenReturn(Accounts.loggedIn(Accounts.visitor()));

        RestApiHarness.Reply reply = api.post("/api/visitorRegister").header("X-Security-Sign", SIGNATURE)
                .json("{\"deviceId\":\"" + Accounts.DEVICE + "\",\"timestamp\":1752378365000,"
                        + "\"uniplatform\":\"web\",\"devicemodel\":\"iPhone\",\"deviceos\":\"iOS 17\","
                        + "\"devicebrand\":\"Apple\"}")
                .send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals("visitor", data.get("role").asText());
        assertEquals(Accounts.DEVICE, data.get("devicefingeruuid").asText());
        assertEquals("web", data.get("uniplatform").asText());
        assertEquals("iPhone", data.get("devicemodel").asText());
        assertEquals("iOS 17", data.get("deviceos").asText());
        assertEquals("Apple", data.get("devicebrand").asText());
        assertTrue(data.get("mobile").isNull());

        ArgumentCaptor<RegisterVisitorCommand> command = ArgumentCaptor.forClass(RegisterVisitorCommand.class);
        verify(api.registerVisitor).registerVisitor(command.capture());
        assertEquals(new SignedDeviceRequest(Accounts.DEVICE, "1752378365000", SIGNATURE), command.getValue().signed());
        assertEquals(new DeviceInfo("web", "iPhone", "iOS 17", "Apple"), command.getValue().deviceInfo());
        assertEquals("127.0.0.1", command.getValue().clientAddress());
    }

    @Test
    void visitorRegisterTakesATimestampSentAsTextInAForm() throws Exception {
        when(api.registerVisitor.registerVisitor(any())).thenReturn(Accounts.loggedIn(Accounts.visitor()));

        api.post("/api/visitorRegister").header("X-Security-Sign", SIGNATURE)
                .form("deviceId=" + Accounts.DEVICE + "&timestamp=1752378365000").send();

        ArgumentCaptor<RegisterVisitorCommand> command = ArgumentCaptor.forClass(RegisterVisitorCommand.class);
        verify(api.registerVisitor).registerVisitor(command.capture());
        assertEquals("1752378365000", command.getValue().signed().timestamp());
        assertEquals(DeviceInfo.UNKNOWN, command.getValue().deviceInfo(), "device statistics are optional");
    }

    @Test
    void visitorRegisterWithoutSignatureReachesTheCoreWhichRefusesIt() throws Exception {
        when(api.registerVisitor.registerVisitor(any())).thenAnswer(call -> {
            RegisterVisitorCommand command = call.getArgument(0);
            assertEquals(null, command.signed().signature());
            throw new DomainException(ReasonCode.SIGNATURE_MISSING);
        });

        RestApiHarness.Reply reply = api.post("/api/visitorRegister")
                .json("{\"deviceId\":\"" + Accounts.DEVICE + "\",\"timestamp\":\"1752378365000\"}").send();

        assertEquals(400, reply.status());
        assertEquals("SIGNATURE_MISSING", reply.code());
    }

    @Test
    void visitorRegisterWithMalformedDeviceInfoIs422NamingTheField() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/visitorRegister").header("X-Security-Sign", SIGNATURE)
                .json("{\"deviceId\":\"" + Accounts.DEVICE + "\",\"timestamp\":1,\"uniplatform\":\"w\"}").send();

        assertEquals(422, reply.status());
        assertEquals("uniplatform", reply.field());
        verifyNoInteractions(api.registerVisitor);
    }

    @Test
    void visitorUpgradeSendsTheSignedRequestAndTheNewCredentials() throws Exception {
        when(api.upgradeVisitor.upgradeVisitor(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        RestApiHarness.Reply reply = api.post("/api/visitorregChat").header("X-Security-Sign", SIGNATURE)
                .json("{\"deviceId\":\"" + Accounts.DEVICE + "\",\"timestamp\":\"1752378365000\","
                        + "\"username\":\"alice\",\"password\":\"secret1\"}")
                .send();

        assertEquals(200, reply.status(), reply.text());
        assertEquals("token-of-alice", reply.json().get("data").get("token").asText());
        ArgumentCaptor<UpgradeVisitorCommand> command = ArgumentCaptor.forClass(UpgradeVisitorCommand.class);
        verify(api.upgradeVisitor).upgradeVisitor(command.capture());
        assertEquals(new SignedDeviceRequest(Accounts.DEVICE, "1752378365000", SIGNATURE), command.getValue().signed());
        assertEquals("alice", command.getValue().username().value());
        assertEquals("secret1", command.getValue().password().reveal());
        assertEquals("127.0.0.1", command.getValue().clientAddress());
    }

    @Test
    void visitorUpgradeWithATakenNameIsRefused() throws Exception {
        when(api.upgradeVisitor.upgradeVisitor(any())).thenThrow(new DomainException(ReasonCode.USERNAME_TAKEN));

        RestApiHarness.Reply reply = api.post("/api/visitorregChat").header("X-Security-Sign", SIGNATURE)
                .json("{\"deviceId\":\"" + Accounts.DEVICE + "\",\"timestamp\":1,\"username\":\"alice\","
                        + "\"password\":\"secret1\"}")
                .send();

        assertEquals(400, reply.status());
        assertEquals("USERNAME_TAKEN", reply.code());
    }

    @Test
    void visitorLoginSendsTheSignedRequestAndTheLogin() throws Exception {
        when(api.visitorLogin.visitorLogin(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        RestApiHarness.Reply reply = api.post("/api/visitorloginChat").header("X-Security-Sign", SIGNATURE)
                .form("deviceId=" + Accounts.DEVICE + "&timestamp=1752378365000&username=alice&password=old")
                .send();

        assertEquals(200, reply.status(), reply.text());
        ArgumentCaptor<VisitorLoginCommand> command = ArgumentCaptor.forClass(VisitorLoginCommand.class);
        verify(api.visitorLogin).visitorLogin(command.capture());
        assertEquals(new SignedDeviceRequest(Accounts.DEVICE, "1752378365000", SIGNATURE), command.getValue().signed());
        assertEquals("alice", command.getValue().login().username());
        assertEquals("old", command.getValue().login().password().reveal());
        assertEquals("127.0.0.1", command.getValue().login().clientAddress());
    }

    @Test
    void visitorLoginWithoutPasswordIs422() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/visitorloginChat").header("X-Security-Sign", SIGNATURE)
                .json("{\"deviceId\":\"" + Accounts.DEVICE + "\",\"timestamp\":1,\"username\":\"alice\"}").send();

        assertEquals(422, reply.status());
        assertEquals("password", reply.field());
    }

    @Test
    void publicProfileHasTheSeedsShapeWithNestedUserinfo() throws Exception {
        String uuid = "6f1c2a1e-1111-4222-8333-944455556666";
        when(api.publicProfile.publicProfile(uuid)).thenReturn(new PublicProfile(UserId.of(7), uuid, "alice",
                "Alice", "/a.png", Role.USER, "{\"chatset\":{\"user\":{\"sendCount\":2,\"needFollow\":false}}}",
                new UserInfo(3L, Gender.FEMALE, LocalDate.of(2000, 2, 29), "hi", "Hangzhou", null)));

        RestApiHarness.Reply reply = api.get("/api/userinfo/" + uuid).send();

        assertEquals(200, reply.status(), reply.text());
        JsonNode data = reply.json().get("data");
        assertEquals(List.of("id", "uuid", "username", "nickname", "avatar", "role", "userset", "userinfo"),
                fieldNames(data));
        assertEquals(7, data.get("id").asLong());
        assertEquals("user", data.get("role").asText());
        assertEquals("{\"chatset\":{\"user\":{\"sendCount\":2,\"needFollow\":false}}}", data.get("userset").asText());
        JsonNode info = data.get("userinfo");
        assertEquals(List.of("id", "gender", "birthday", "bio", "location", "website"), fieldNames(info));
        assertEquals(3, info.get("id").asLong());
        assertEquals("female", info.get("gender").asText());
        assertEquals("2000-02-29", info.get("birthday").asText());
        assertEquals("Hangzhou", info.get("location").asText());
        assertTrue(info.get("website").isNull());
        verifyNoInteractions(api.authenticate);
    }

    @Test
    void publicProfileOfAnUnknownUserIsUserNotFound() throws Exception {
        when(api.publicProfile.publicProfile(any())).thenThrow(new DomainException(ReasonCode.USER_NOT_FOUND));

        RestApiHarness.Reply reply = api.get("/api/userinfo/7f1c2a1e-1111-4222-8333-944455556666").send();

        assertEquals(400, reply.status());
        assertEquals("USER_NOT_FOUND", reply.code());
        assertFalse(reply.json().has("field"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
