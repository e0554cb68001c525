package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SocketLimitsTest {
    private static final int MAX_FRAME_BYTES = 1024;
    private static final int MAX_FRAMES_PER_SECOND = 20;

    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(new WsSettings(Duration.ofSeconds(30), MAX_FRAME_BYTES, MAX_FRAMES_PER_SECOND));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFrameOfExactlyTheLimitIsServed() {
        try (TestClient client = TestClient.connectAs(server, 1)) {
            client.send(pingOfBytes(MAX_FRAME_BYTES));

            assertEquals("pong", client.next().path("type").asText());
        }
    }

    @Test
    void aFrameOneByteOverTheLimitCloses1009() {
        try (TestClient client = TestClient.connectAs(server, 1)) {
            client.send(pingOfBytes(MAX_FRAME_BYTES + 1));

            assertEquals(1009, client.closeCode());
        }
    }

    @Test
    void aHugeFrameClosesAs1009BeforeItIsBuffered() {
        try (TestClient client = TestClient.connectAs(server, 1)) {
            sendIgnoringClose(client, "x".repeat(300 * 1024));

            assertEquals(1009, client.closeCode());
        }
    }

    @Test
    void aFragmentedMessageOverTheLimitCloses1009() {
        try (TestClient client = TestClient.connectAs(server, 1)) {
            client.sendFragment("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(600), false);
            client.sendFragment("x".repeat(600) + "\"}", true);

            assertEquals(1009, client.closeCode());
        }
    }

    @Test
    void floodingCloses1008AndLeavesOtherSocketsAlone() {
        try (TestClient flooder = TestClient.connectAs(server, 1);
             TestClient bystander = TestClient.connectAs(server, 2)) {
            for (int i = 0; i < MAX_FRAMES_PER_SECOND * 50 && !flooder.isClosed(); i++) {
                if (!sendIgnoringClose(flooder, "{\"type\":\"pong\"}")) {
                    break;
                }
            }

            assertEquals(1008, flooder.closeCode());
            bystander.send("ping");
            assertEquals("pong", bystander.next().path("type").asText());
            assertFalse(bystander.isClosed());
        }
    }

    /** A ping frame padded to exactly {@code bytes} bytes of UTF-8. */
    private static String pingOfBytes(int bytes) {
        String head = "{\"type\":\"ping\",\"pad\":\"";
        String tail = "\"}";
        String frame = head + "x".repeat(bytes - head.length() - tail.length()) + tail;
        assertEquals(bytes, frame.getBytes(StandardCharsets.UTF_8).length);
        return frame;
    }

    /** Sends unless the server has closed the socket meanwhile; false when it has. */
    private static boolean sendIgnoringClose(TestClient client, String text) {
        try {
            client.send(text);
            return true;
        } catch (CompletionException closedUnderneath) {
            return false;
        }
    }
}
