package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The account flows of issue 2 against the real server on its embedded default, over real HTTP. */
class AccountsSystemTest {
    private static TestServer server;
    private static HttpJson http;

    @BeforeAll
    static void start() {
        server = TestServer.embedded();
        http = new HttpJson(server.httpBase());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String freshName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Answer register(String username, String password) {
        return http.post("/api/regChat", Map.of("username", username, "password", password));
    }

    static Map<String, String> token(Answer login) {
        return Map.of("token", login.data().path("token").asText());
    }

    @Test
    void registeringLogsTheNewUserIn() {
        String name = freshName();
        Answer registered = register(name, "secret1");
        assertTrue(registered.ok(), registered.toString());
        JsonNode user = registered.data();
        assertEquals(name, user.path("username").asText());
        assertEquals("user", user.path("role").asText());
        assertEquals(1, user.path("status").asInt());
        assertEquals(36, user.path("uuid").asText().length());
        assertFalse(user.path("token").asText().isEmpty());
        assertFalse(user.has("password"), "the password hash never leaves the server");
        assertTrue(user.path("create_time").asText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    void aTakenUsernameIsRefused() {
        String name = freshName();
        register(name, "secret1");
        Answer again = register(name, "secret2");
        assertEquals(400, again.status());
        assertEquals("USERNAME_TAKEN", again.code());
        assertEquals("该账号已存在，请换一个账号注册", again.data().asText());
    }

    @Test
    void loginChecksThePassword() {
        String name = freshName();
        register(name, "secret1");
        Answer right = http.post("/api/loginChat", Map.of("username", name, "password", "secret1"));
        assertTrue(right.ok(), right.toString());
        Answer wrong = http.post("/api/loginChat", Map.of("username", name, "password", "secret2"));
        assertEquals(400, wrong.status());
        assertEquals("BAD_CREDENTIALS", wrong.code());
        Answer nobody = http.post("/api/loginChat", Map.of("username", freshName(), "password", "secret1"));
        assertEquals("BAD_CREDENTIALS", nobody.code(), "an unknown name answers like a wrong password");
    }

    @Test
    void validationNamesTheFieldInTheCallersLanguage() {
        Answer shortName = http.post("/api/regChat", Map.of("username", "ab", "password", "secret1"),
                Map.of("Accept-Language", "en-US,en;q=0.9"));
        assertEquals(422, shortName.status());
        assertEquals("VALIDATION_FAILED", shortName.code());
        assertEquals("username", shortName.body().path("field").asText());
        assertTrue(shortName.data().asText().contains("username"), shortName.toString());
        assertTrue(shortName.data().asText().matches("[\\x00-\\x7F]+"), "English text: " + shortName);
    }

    @Test
    void aSecondLoginInvalidatesTheFirstToken() {
        String name = freshName();
        Answer first = register(name, "secret1");
        assertTrue(http.post("/api/chat/userset", Map.of("userset", "{}"), token(first)).ok());
        Answer second = http.post("/api/loginChat", Map.of("username", name, "password", "secret1"));
        Answer stale = http.post("/api/chat/userset", Map.of("userset", "{}"), token(first));
        assertEquals(400, stale.status());
        assertEquals("TOKEN_INVALID", stale.code());
        assertTrue(http.post("/api/chat/userset", Map.of("userset", "{}"), token(second)).ok());
    }

    @Test
    void logoutEndsTheSession() {
        Answer login = register(freshName(), "secret1");
        Answer logout = http.post("/api/chat/logout", Map.of(), token(login));
        assertTrue(logout.ok(), logout.toString());
        assertTrue(logout.data().asBoolean());
        assertEquals("TOKEN_INVALID", http.post("/api/chat/logout", Map.of(), token(login)).code());
    }

    @Test
    void chatPathsNeedAToken() {
        Answer missing = http.post("/api/chat/userset", Map.of("userset", "{}"));
        assertEquals(400, missing.status());
        assertEquals("TOKEN_MISSING", missing.code());
        assertEquals("TOKEN_MISSING", http.get("/api/chat/no-such-thing", Map.of()).code(),
                "the token check runs before routing");
        Answer forged = http.post("/api/chat/userset", Map.of("userset", "{}"), Map.of("token", "not.a.token"));
        assertEquals("TOKEN_INVALID", forged.code());
    }

    @Test
    void unknownRoutesAndMethodsAnswerInTheEnvelope() {
        Answer notFound = http.get("/api/nothing-here", Map.of());
        assertEquals(404, notFound.status());
        assertEquals("NOT_FOUND", notFound.code());
        Answer wrongMethod = http.get("/api/loginChat", Map.of());
        assertEquals(405, wrongMethod.status());
        assertEquals("METHOD_NOT_ALLOWED", wrongMethod.code());
    }

    @Test
    void settingsProfileAndPasswordCanBeChanged() {
        String name = freshName();
        Answer login = register(name, "secret1");
        String uuid = login.data().path("uuid").asText();
        String settings = "{\"chatset\":{\"visitor\":{\"sendCount\":0,\"needFollow\":false},"
                + "\"user\":{\"sendCount\":2,\"needFollow\":true}},\"theme\":\"dark\"}";
        assertTrue(http.post("/api/chat/userset", Map.of("userset", settings), token(login)).ok());
        Answer bad = http.post("/api/chat/userset", Map.of("userset", "{\"chatset\":{\"user\":{\"sendCount\":5}}}"),
                token(login));
        assertEquals(422, bad.status());
        assertEquals("userset", bad.body().path("field").asText());

        Answer nickname = http.post("/api/chat/updateUserinfo",
                Map.of("fieldname", "nickname", "fieldValue", "小明"), token(login));
        assertEquals("修改昵称成功", nickname.data().asText());
        Answer username = http.post("/api/chat/updateUserinfo",
                Map.of("fieldname", "username", "fieldValue", "other"), token(login));
        assertEquals("fieldname", username.body().path("field").asText());

        Answer profile = http.get("/api/userinfo/" + uuid, Map.of());
        assertTrue(profile.ok(), profile.toString());
        assertEquals("小明", profile.data().path("nickname").asText());
        assertEquals(settings, profile.data().path("userset").asText());
        assertEquals("unknown", profile.data().path("userinfo").path("gender").asText());

        Answer wrongOld = http.post("/api/chat/setPassword", Map.of("oldpassword", "nope99",
                "newpassword", "secret2", "checknewpassword", "secret2"), token(login));
        assertEquals("WRONG_PASSWORD", wrongOld.code());
        Answer mismatch = http.post("/api/chat/setPassword", Map.of("oldpassword", "secret1",
                "newpassword", "secret2", "checknewpassword", "secret3"), token(login));
        assertEquals("checknewpassword", mismatch.body().path("field").asText());
        Answer changed = http.post("/api/chat/setPassword", Map.of("oldpassword", "secret1",
                "newpassword", "secret2", "checknewpassword", "secret2"), token(login));
        assertEquals("修改密码成功", changed.data().asText());
        assertTrue(http.post("/api/loginChat", Map.of("username", name, "password", "secret2")).ok());
    }

    @Test
    void anUnknownProfileIsNotFound() {
        Answer unknown = http.get("/api/userinfo/" + UUID.randomUUID(), Map.of());
        assertEquals(400, unknown.status());
        assertEquals("USER_NOT_FOUND", unknown.code());
    }

    @Test
    void aDeviceGetsOneVisitorThatCanUpgradeKeepingItsId() {
        String device = Visitors.newDeviceId();
        long now = System.currentTimeMillis();
        Answer visitor = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of("uniplatform", "web")),
                Visitors.signatureHeader(device, now));
        assertTrue(visitor.ok(), visitor.toString());
        assertEquals("visitor", visitor.data().path("role").asText());
        assertEquals("VIS" + device.substring(0, 8), visitor.data().path("username").asText());
        long visitorId = visitor.data().path("id").asLong();

        Answer again = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                Visitors.signatureHeader(device, now));
        assertEquals(visitorId, again.data().path("id").asLong(), "the same device gets the same visitor");

        Answer forbidden = http.post("/api/chat/setPassword", Map.of("oldpassword", "123456",
                "newpassword", "secret2", "checknewpassword", "secret2"), token(again));
        assertEquals("VISITOR_FORBIDDEN", forbidden.code());
        assertTrue(http.post("/api/chat/userset", Map.of("userset", "{}"), token(again)).ok(),
                "userset is on the visitor allow-list");

        String name = freshName();
        Answer upgraded = http.post("/api/visitorregChat",
                Visitors.body(device, now, Map.of("username", name, "password", "secret1")),
                Visitors.signatureHeader(device, now));
        assertTrue(upgraded.ok(), upgraded.toString());
        assertEquals(visitorId, upgraded.data().path("id").asLong(), "the upgrade keeps the user id");
        assertEquals("user", upgraded.data().path("role").asText());

        Answer fresh = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                Visitors.signatureHeader(device, now));
        assertTrue(fresh.ok(), fresh.toString());
        assertEquals("visitor", fresh.data().path("role").asText());
        assertNotEquals(visitorId, fresh.data().path("id").asLong(),
                "after an upgrade the device gets a fresh visitor, never the registered account");

        Answer visitorLogin = http.post("/api/visitorloginChat",
                Visitors.body(device, now, Map.of("username", name, "password", "secret1")),
                Visitors.signatureHeader(device, now));
        assertTrue(visitorLogin.ok(), visitorLogin.toString());
        assertEquals(visitorId, visitorLogin.data().path("id").asLong());
    }

    @Test
    void visitorRequestsMustBeSignedAndFresh() {
        String device = Visitors.newDeviceId();
        long now = System.currentTimeMillis();
        Answer unsigned = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()));
        assertEquals(400, unsigned.status());
        assertEquals("SIGNATURE_MISSING", unsigned.code());
        assertEquals("非法访问", unsigned.data().asText());

        Answer wrong = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                Visitors.signatureHeader(Visitors.newDeviceId(), now));
        assertEquals("SIGNATURE_INVALID", wrong.code());

        long sixMinutesAgo = now - 6 * 60 * 1000;
        Answer expired = http.post("/api/visitorRegister", Visitors.body(device, sixMinutesAgo, Map.of()),
                Visitors.signatureHeader(device, sixMinutesAgo));
        assertEquals("REQUEST_EXPIRED", expired.code());

        long inTwoMinutes = now + 2 * 60 * 1000;
        Answer future = http.post("/api/visitorRegister", Visitors.body(device, inTwoMinutes, Map.of()),
                Visitors.signatureHeader(device, inTwoMinutes));
        assertEquals("REQUEST_EXPIRED", future.code());
    }

    @Test
    void aDeviceMayAskFiveTimesAnHour() {
        String device = Visitors.newDeviceId();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            Answer answer = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                    Visitors.signatureHeader(device, now));
            assertTrue(answer.ok(), answer.toString());
        }
        Answer sixth = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                Visitors.signatureHeader(device, now));
        assertEquals(429, sixth.status());
        assertEquals("RATE_LIMITED", sixth.code());
    }
}
