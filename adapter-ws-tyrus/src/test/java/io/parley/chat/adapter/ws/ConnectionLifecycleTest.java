package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionLifecycleTest {
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(new WsSettings(Duration.ofSeconds(30), 1024, 50));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSecondConnectionKicksTheFirstAndKeepsItsSeat() {
        try (TestClient first = TestClient.connectAs(server, 1);
             TestClient second = TestClient.connectAs(server, 1)) {
            JsonNode kick = first.next();

            assertEquals("force_logout", kick.path("msg").asText());
            assertEquals(ChatText.FORCE_LOGOUT.text(Language.ZH), kick.path("data").asText());
            assertEquals(4002, first.closeCode());
            // the old socket's late close must not have unregistered the new one (G-W1)
            second.send("ping");
            assertEquals("pong", second.next().path("type").asText());
            server.connections.closeAll(UserId.of(1), DisconnectReason.LOGGED_OUT);
            assertEquals(4000, second.closeCode());
        }
    }

    @Test
    void theKickIsWordedInTheOldSocketsLanguage() {
        try (TestClient first = TestClient.connect(server.ws("token=user-1"), "en")) {
            first.next();
            try (TestClient second = TestClient.connect(server.ws("token=user-1"))) {
                assertEquals(ChatText.FORCE_LOGOUT.text(Language.EN), first.next().path("data").asText());
                assertEquals(4002, first.closeCode());
                assertEquals(ChatText.WELCOME.text(Language.ZH), second.next().path("data").asText());
            }
        }
    }

    @Test
    void logoutCloses4000() {
        try (TestClient client = TestClient.connectAs(server, 1)) {
            server.connections.closeAll(UserId.of(1), DisconnectReason.LOGGED_OUT);

            assertEquals(4000, client.closeCode());
        }
    }

    @Test
    void aDisabledUserHearsWhyAndCloses4003() {
        try (TestClient client = TestClient.connectAs(server, 1)) {
            server.connections.closeAll(UserId.of(1), DisconnectReason.DISABLED);
            JsonNode fail = client.next();

            assertEquals("fail", fail.path("msg").asText());
            assertEquals(ReasonCode.USER_DISABLED.name(), fail.path("code").asText());
            assertEquals(4003, client.closeCode());
        }
    }

    @Test
    void aReplacingLoginElsewhereKicksWith4002() {
        try (TestClient client = TestClient.connectAs(server, 1)) {
            server.connections.closeAll(UserId.of(1), DisconnectReason.REPLACED);

            assertEquals("force_logout", client.next().path("msg").asText());
            assertEquals(4002, client.closeCode());
        }
    }

    @Test
    void closingOneUserLeavesTheOthersConnected() throws InterruptedException {
        try (TestClient one = TestClient.connectAs(server, 1);
             TestClient two = TestClient.connectAs(server, 2)) {
            server.connections.closeAll(UserId.of(1), DisconnectReason.LOGGED_OUT);
            server.connections.closeAll(UserId.of(3), DisconnectReason.LOGGED_OUT);

            assertEquals(4000, one.closeCode());
            two.assertNoFrameWithin(Duration.ofMillis(200));
            two.send("ping");
            assertEquals("pong", two.next().path("type").asText());
        }
    }

    @Test
    void aClientThatLeavesIsUnregistered() throws InterruptedException {
        TestClient client = TestClient.connectAs(server, 1);
        assertEquals(1, server.connections.live().size());

        client.close();

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!server.connections.live().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(server.connections.live().isEmpty());
    }

    @Test
    void shutdownClosesEverySocketWith1001() {
        try (TestClient one = TestClient.connectAs(server, 1);
             TestClient two = TestClient.connectAs(server, 2)) {
            server.ws.shutdown();

            assertEquals(1001, one.closeCode());
            assertEquals(1001, two.closeCode());
            assertFalse(TestClient.canUpgrade(server.ws("token=user-3")), "upgrades are refused once shut down");
        }
    }
}
