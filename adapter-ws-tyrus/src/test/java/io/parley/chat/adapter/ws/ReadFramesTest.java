package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client's {@code read} frame and the server's read receipt (API.md j.9). */
class ReadFramesTest {
    private static final Duration QUIET = Duration.ofMillis(300);

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
    void aReadFrameMarksReadThroughTheUseCaseOffTheSocketsThreadAndGetsNoReply() throws InterruptedException {
        AtomicReference<String> thread = new AtomicReference<>();
        doAnswer(call -> {
            thread.set(Thread.currentThread().getName());
            return null;
        }).when(server.markRead).markRead(any());

        client.send("{\"type\":\"read\",\"chatType\":\"single\",\"id\":2,\"seq\":5}");

        verify(server.markRead, timeout(5_000)).markRead(new MarkReadCommand(UserId.of(1), ChatType.SINGLE, 2, 5));
        client.assertNoFrameWithin(QUIET);
        assertTrue(thread.get().startsWith("parley-ws-worker"), thread.get());
    }

    @Test
    void numbersMayComeAsTextAndSeqMayBeZero() {
        client.send("{\"type\":\"read\",\"chatType\":\"single\",\"id\":\"2\",\"seq\":\"0\"}");

        verify(server.markRead, timeout(5_000)).markRead(new MarkReadCommand(UserId.of(1), ChatType.SINGLE, 2, 0));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "seq|{\"type\":\"read\",\"chatType\":\"single\",\"id\":2}",
        "seq|{\"type\":\"read\",\"chatType\":\"single\",\"id\":2,\"seq\":-1}",
        "seq|{\"type\":\"read\",\"chatType\":\"single\",\"id\":2,\"seq\":\"five\"}",
        "id|{\"type\":\"read\",\"chatType\":\"single\",\"seq\":5}",
        "id|{\"type\":\"read\",\"chatType\":\"single\",\"id\":0,\"seq\":5}",
        "chatType|{\"type\":\"read\",\"id\":2,\"seq\":5}",
        "chatType|{\"type\":\"read\",\"chatType\":\"room\",\"id\":2,\"seq\":5}"})
    void aBadParameterGetsAFailFrameNamingItAndTheSocketStaysOpen(String field, String frame) {
        client.send(frame);
        JsonNode fail = client.next();

        assertEquals("fail", fail.path("type").asText());
        assertEquals("fail", fail.path("msg").asText());
        assertEquals(ReasonCode.VALIDATION_FAILED.name(), fail.path("code").asText());
        assertEquals(field, fail.path("field").asText());
        assertFalse(fail.has("client_msg_id"), "a read frame has no id to echo: " + fail);
        verify(server.markRead, never()).markRead(any());
        client.send("ping");
        assertEquals("pong", client.next().path("type").asText());
    }

    @Test
    void aRefusalOfTheCoreGetsAFailFrameWithItsCode() {
        doThrow(new DomainException(ReasonCode.USER_NOT_FOUND)).when(server.markRead).markRead(any());

        client.send("{\"type\":\"read\",\"chatType\":\"single\",\"id\":99,\"seq\":5}");
        JsonNode fail = client.next();

        assertEquals(ReasonCode.USER_NOT_FOUND.name(), fail.path("code").asText());
        assertEquals(ReasonCode.USER_NOT_FOUND.text(Language.ZH), fail.path("data").asText());
    }

    @Test
    void readsRunInTheOrderTheClientSentThem() {
        List<Long> marked = new ArrayList<>();
        doAnswer(call -> {
            MarkReadCommand command = call.getArgument(0);
            if (command.seq() == 1) {
                Thread.sleep(300);
            }
            synchronized (marked) {
                marked.add(command.seq());
            }
            return null;
        }).when(server.markRead).markRead(any());

        client.send("{\"type\":\"read\",\"chatType\":\"single\",\"id\":2,\"seq\":1}");
        client.send("{\"type\":\"read\",\"chatType\":\"single\",\"id\":2,\"seq\":2}");

        verify(server.markRead, timeout(5_000).times(2)).markRead(any());
        synchronized (marked) {
            assertEquals(List.of(1L, 2L), marked);
        }
    }

    @Test
    void aReadReceiptReachesTheRecipientsSocketAsAReadFrame() throws InterruptedException {
        try (TestClient other = TestClient.connectAs(server, 2)) {
            server.connections.pushReadReceipt(UserId.of(1), new ReadReceipt(ChatType.SINGLE, 2, 2, 17));
            JsonNode frame = client.next();

            assertEquals(List.of("type", "data"), fieldNames(frame));
            assertEquals("read", frame.path("type").asText());
            JsonNode data = frame.path("data");
            assertEquals(List.of("chatType", "id", "reader_id", "seq"), fieldNames(data));
            assertEquals("single", data.path("chatType").asText());
            assertTrue(data.path("id").isIntegralNumber());
            assertEquals(2, data.path("id").asLong());
            assertEquals(2, data.path("reader_id").asLong());
            assertEquals(17, data.path("seq").asLong());
            other.assertNoFrameWithin(QUIET);
        }
    }

    @Test
    void aReadReceiptForSomeoneNotConnectedHereIsDroppedQuietly() throws InterruptedException {
        server.connections.pushReadReceipt(UserId.of(3), new ReadReceipt(ChatType.SINGLE, 1, 1, 4));

        client.assertNoFrameWithin(QUIET);
        assertFalse(client.isClosed());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
