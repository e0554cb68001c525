package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeartbeatTest {
    private static final Duration BEAT = Duration.ofMillis(300);

    @Test
    void theServerPingsAndClosesASilentClientWith4008() {
        try (RunningServer server = RunningServer.start(new WsSettings(BEAT, 1024, 50));
             TestClient client = TestClient.connectAs(server, 1)) {
            assertEquals("ping", client.next(Duration.ofSeconds(2)).path("type").asText());

            assertEquals(4008, client.closeCode(Duration.ofSeconds(3)));
        }
    }

    @Test
    void aClientThatAnswersStaysConnected() throws InterruptedException {
        try (RunningServer server = RunningServer.start(new WsSettings(BEAT, 1024, 50));
             TestClient client = TestClient.connectAs(server, 1)) {
            for (int i = 0; i < 8; i++) {
                Thread.sleep(BEAT.toMillis() / 2);
                client.send("{\"type\":\"pong\"}");
            }

            assertFalse(client.isClosed());
        }
    }

    @Test
    void webSocketPingFramesCountAsSignsOfLife() throws InterruptedException {
        try (RunningServer server = RunningServer.start(new WsSettings(BEAT, 1024, 50));
             TestClient client = TestClient.connectAs(server, 1)) {
            for (int i = 0; i < 8; i++) {
                Thread.sleep(BEAT.toMillis() / 2);
                client.sendPing();
            }

            assertFalse(client.isClosed());
        }
    }

    @Test
    void theHttpKeepAliveTimerDoesNotCloseAnIdleSocket() throws InterruptedException {
        try (RunningServer server = RunningServer.startWithKeepAlive(new WsSettings(Duration.ofSeconds(30), 1024, 50), 1);
             TestClient client = TestClient.connectAs(server, 1)) {
            Thread.sleep(2_500);

            assertFalse(client.isClosed());
            client.send("ping");
            assertEquals("pong", client.next().path("type").asText());
        }
    }
}
