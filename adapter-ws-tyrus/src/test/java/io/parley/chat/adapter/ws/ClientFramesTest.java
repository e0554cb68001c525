package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientFramesTest {
    private RunningServer server;
    private TestClient client;

    @BeforeEach
    void connect() {
        server = RunningServer.start(new WsSettings(Duration.ofSeconds(30), 1024, 50));
        client = TestClient.connectAs(server, 1);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aPingFrameGetsAPongWithATimestamp() {
        long before = System.currentTimeMillis();
        client.send("{\"type\":\"ping\",\"token\":\"t\",\"timestamp\":1}");
        JsonNode pong = client.next();

        assertEquals("pong", pong.path("type").asText());
        assertTrue(pong.path("timestamp").isIntegralNumber(), pong.toString());
        assertTrue(pong.path("timestamp").asLong() >= before - 1000, pong.toString());
    }

    @Test
    void theLiteralTextPingGetsAPong() {
        client.send("ping");

        assertEquals("pong", client.next().path("type").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hello",
            "{\"type\":\"ping\"",
            "{\"type\":\"ping\"} trailing",
            "[\"ping\"]",
            "42",
            "{\"data\":\"no type\"}",
            "{\"type\":7}",
            "{\"type\":\"teleport\"}"
    })
    void aFrameThatIsNotUnderstoodGetsBadFrameAndTheSocketStaysOpen(String frame) {
        client.send(frame);
        JsonNode fail = client.next();

        assertEquals("fail", fail.path("type").asText());
        assertEquals("fail", fail.path("msg").asText());
        assertEquals(ReasonCode.BAD_FRAME.name(), fail.path("code").asText());
        assertEquals(ReasonCode.BAD_FRAME.text(Language.ZH), fail.path("data").asText());
        client.send("{\"type\":\"ping\"}");
        assertEquals("pong", client.next().path("type").asText());
        assertFalse(client.isClosed());
    }

    @Test
    void pongIsTakenWithoutAnswer() throws InterruptedException {
        client.send("{\"type\":\"pong\"}");

        client.assertNoFrameWithin(Duration.ofMillis(300));
        client.send("ping");
        assertEquals("pong", client.next().path("type").asText());
    }

    @Test
    void aBinaryFrameIsReadAsUtf8Text() {
        client.sendBinary("{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals("pong", client.next().path("type").asText());
    }

    @Test
    void aBinaryFrameThatIsNotUtf8IsABadFrame() {
        client.sendBinary(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});

        assertEquals(ReasonCode.BAD_FRAME.name(), client.next().path("code").asText());
        client.send("ping");
        assertEquals("pong", client.next().path("type").asText());
    }
}
