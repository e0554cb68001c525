package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandshakeTest {
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(new WsSettings(Duration.ofSeconds(30), 1024, 20));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void plainHttpIsStillServedOnTheSamePort() throws Exception {
        try (TestClient socket = TestClient.connectAs(server, 1)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> hello = http.send(HttpRequest.newBuilder(server.http("/hello")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // a GET of /ws without an upgrade is an ordinary request for the HTTP handler
            HttpResponse<String> notAnUpgrade = http.send(HttpRequest.newBuilder(server.http("/ws")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, hello.statusCode());
            assertEquals("http:/hello", hello.body());
            assertEquals("http:/ws", notAnUpgrade.body());
            socket.send("ping");
            assertEquals("pong", socket.next().path("type").asText());
        }
    }

    @Test
    void aValidTokenIsWelcomedInChineseByDefault() {
        try (TestClient client = TestClient.connect(server.ws("token=user-7"))) {
            JsonNode welcome = client.next();

            assertEquals("system", welcome.path("type").asText());
            assertEquals(ChatText.WELCOME.text(Language.ZH), welcome.path("data").asText());
            assertTrue(Math.abs(System.currentTimeMillis() - welcome.path("timestamp").asLong()) < 60_000,
                    "timestamp in epoch milliseconds: " + welcome);
        }
    }

    @Test
    void acceptLanguageEnglishChangesTheWords() {
        try (TestClient welcomed = TestClient.connect(server.ws("token=user-7"), "en-GB,en;q=0.9,zh;q=0.5");
             TestClient refused = TestClient.connect(server.ws("token=expired"), "en")) {
            assertEquals(ChatText.WELCOME.text(Language.EN), welcomed.next().path("data").asText());
            assertEquals(ReasonCode.TOKEN_EXPIRED.handshakeText(Language.EN), refused.next().path("data").asText());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}, close {2}")
    @CsvSource({
            "'', TOKEN_MISSING, 4001",
            "token=, TOKEN_MISSING, 4001",
            "token=forged.jwt.value, TOKEN_INVALID, 4001",
            "token=expired, TOKEN_EXPIRED, 4001",
            "token=ghost, USER_NOT_FOUND, 4001",
            "token=disabled, USER_DISABLED, 4003"
    })
    void aRefusedTokenGetsTheFailFrameThenTheCloseCode(String query, ReasonCode code, int closeCode) {
        try (TestClient client = TestClient.connect(server.ws(query))) {
            JsonNode fail = client.next();

            assertEquals("fail", fail.path("msg").asText());
            assertEquals(code.name(), fail.path("code").asText());
            assertEquals(code.handshakeText(Language.ZH), fail.path("data").asText());
            assertEquals(closeCode, client.closeCode());
        }
    }

    @Test
    void anUnexpectedFailureSaysInternalErrorAndNothingMore() {
        try (TestClient client = TestClient.connect(server.ws("token=boom"))) {
            JsonNode fail = client.next();

            assertEquals(ReasonCode.INTERNAL_ERROR.name(), fail.path("code").asText());
            assertEquals(ReasonCode.INTERNAL_ERROR.handshakeText(Language.ZH), fail.path("data").asText());
            assertFalse(fail.toString().contains(FakeAuthenticate.LEAKED_DETAIL));
            assertEquals(1011, client.closeCode());
        }
    }

    @Test
    void framesSentRightBehindTheHandshakeAreServed() throws Exception {
        try (RawClient client = new RawClient(server.listener.getPort())) {
            client.write(RawClient.handshake("/ws?token=user-1"), RawClient.textFrame("{\"type\":\"ping\"}"));

            assertTrue(client.readResponseHead().startsWith("HTTP/1.1 101"));
            assertTrue(client.readText().contains("\"system\""));
            assertTrue(client.readText().contains("\"pong\""));
        }
    }

    @Test
    void aRefusedSocketIsNeverRegistered() {
        try (TestClient client = TestClient.connect(server.ws("token=expired"))) {
            client.closeCode();
        }
        assertTrue(server.connections.live().isEmpty());
    }
}
