package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WebSocket of issue 2 against the real server: handshake auth, heartbeat, single-device rule, bad frames. */
class WebSocketSystemTest {
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

    private static Answer newUser() {
        Answer login = http.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(),
                "password", "secret1"));
        assertTrue(login.ok(), login.toString());
        return login;
    }

    private static String tokenOf(Answer login) {
        return login.data().path("token").asText();
    }

    @Test
    void aValidTokenIsWelcomed() throws Exception {
        try (WsClient socket = WsClient.connect(server.wsBase(), tokenOf(newUser()))) {
            JsonNode welcome = socket.next();
            assertEquals("system", welcome.path("type").asText());
            assertEquals("欢迎您访问我们的系统！", welcome.path("data").asText());
            assertTrue(welcome.path("timestamp").asLong() > 0);
        }
    }

    @Test
    void handshakeFailuresSayWhyAndClose4001() throws Exception {
        try (WsClient noToken = WsClient.connect(server.wsBase(), null)) {
            JsonNode fail = noToken.next();
            assertEquals("fail", fail.path("msg").asText());
            assertEquals("TOKEN_MISSING", fail.path("code").asText());
            assertEquals("缺少 token 参数", fail.path("data").asText(), "the seed's handshake wording (d.1)");
            assertEquals(4001, noToken.awaitCloseCode());
        }
        try (WsClient forged = WsClient.connect(server.wsBase(), "not.a.token")) {
            assertEquals("TOKEN_INVALID", forged.next().path("code").asText());
            assertEquals(4001, forged.awaitCloseCode());
        }
        Answer first = newUser();
        String username = first.data().path("username").asText();
        assertTrue(http.post("/api/loginChat", Map.of("username", username, "password", "secret1")).ok());
        try (WsClient replaced = WsClient.connect(server.wsBase(), tokenOf(first))) {
            assertEquals("TOKEN_INVALID", replaced.next().path("code").asText(),
                    "a token whose session was replaced by a newer login cannot connect");
            assertEquals(4001, replaced.awaitCloseCode());
        }
    }

    @Test
    void pingIsAnsweredWithPong() throws Exception {
        try (WsClient socket = WsClient.connect(server.wsBase(), tokenOf(newUser()))) {
            socket.nextOfType("system");
            socket.sendText("{\"type\":\"ping\"}");
            JsonNode pong = socket.nextOfType("pong");
            assertTrue(pong.path("timestamp").asLong() > 0);
            socket.sendText("ping");
            socket.nextOfType("pong");
        }
    }

    @Test
    void badFramesAreRefusedAndTheSocketStaysOpen() throws Exception {
        try (WsClient socket = WsClient.connect(server.wsBase(), tokenOf(newUser()))) {
            socket.nextOfType("system");
            for (String bad : new String[] {"not json", "{\"no\":\"type\"}", "{\"type\":\"dance\"}"}) {
                socket.sendText(bad);
                JsonNode fail = socket.nextOfType("fail");
                assertEquals("BAD_FRAME", fail.path("code").asText(), bad);
            }
            socket.sendText("{\"type\":\"ping\"}");
            socket.nextOfType("pong");
            assertFalse(socket.isClosed());
        }
    }

    @Test
    void aSecondConnectionKicksTheFirstAndKeepsWorking() throws Exception {
        String token = tokenOf(newUser());
        try (WsClient old = WsClient.connect(server.wsBase(), token)) {
            old.nextOfType("system");
            try (WsClient fresh = WsClient.connect(server.wsBase(), token)) {
                fresh.nextOfType("system");
                JsonNode kicked = old.next();
                assertEquals("force_logout", kicked.path("msg").asText());
                assertEquals("你的账号在其他设备登录", kicked.path("data").asText());
                assertEquals(4002, old.awaitCloseCode());

                // after the old socket's close was handled, the new one is still the registered one
                fresh.sendText("{\"type\":\"ping\"}");
                fresh.nextOfType("pong");
                assertTrue(http.post("/api/chat/logout", Map.of(), Map.of("token", token)).ok());
                assertEquals(4000, fresh.awaitCloseCode(), "logout reaches the socket that replaced the old one");
            }
        }
    }

    @Test
    void aNewHttpLoginClosesTheOldSocket() throws Exception {
        Answer login = newUser();
        try (WsClient socket = WsClient.connect(server.wsBase(), tokenOf(login))) {
            socket.nextOfType("system");
            assertTrue(http.post("/api/loginChat", Map.of("username", login.data().path("username").asText(),
                    "password", "secret1")).ok());
            assertEquals("force_logout", socket.next().path("msg").asText());
            assertEquals(4002, socket.awaitCloseCode());
        }
    }

    @Test
    void logoutClosesTheSocket() throws Exception {
        String token = tokenOf(newUser());
        try (WsClient socket = WsClient.connect(server.wsBase(), token)) {
            socket.nextOfType("system");
            assertTrue(http.post("/api/chat/logout", Map.of(), Map.of("token", token)).ok());
            assertEquals(4000, socket.awaitCloseCode());
        }
    }

    @Test
    void oversizedFramesClose1009() throws Exception {
        try (WsClient socket = WsClient.connect(server.wsBase(), tokenOf(newUser()))) {
            socket.nextOfType("system");
            socket.sendText("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}");
            assertEquals(1009, socket.awaitCloseCode());
        }
    }

    @Test
    void floodingCloses1008WithoutHurtingOthers() throws Exception {
        try (WsClient bystander = WsClient.connect(server.wsBase(), tokenOf(newUser()));
                WsClient flooder = WsClient.connect(server.wsBase(), tokenOf(newUser()))) {
            bystander.nextOfType("system");
            flooder.nextOfType("system");
            for (int i = 0; i < 200 && !flooder.isClosed(); i++) {
                flooder.sendText("{\"type\":\"pong\"}");
            }
            assertEquals(1008, flooder.awaitCloseCode());
            bystander.sendText("{\"type\":\"ping\"}");
            bystander.nextOfType("pong");
        }
    }

    @Test
    void aSilentClientIsClosedAfterTwoHeartbeats() throws Exception {
        try (TestServer quick = TestServer.with(Map.of("PARLEY_HEARTBEAT", "PT0.5S"))) {
            HttpJson quickHttp = new HttpJson(quick.httpBase());
            Answer login = quickHttp.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(),
                    "password", "secret1"));
            try (WsClient socket = WsClient.connect(quick.wsBase(), tokenOf(login))) {
                socket.nextOfType("system");
                socket.nextOfType("ping");
                assertEquals(4008, socket.awaitCloseCode());
            }
        }
    }
}
