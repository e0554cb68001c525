package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class MessagePushTest {
    private static final WsSettings SETTINGS = new WsSettings(Duration.ofSeconds(30), 1024, 50);
    /** Small, so that a stalled client overflows after a few megabytes rather than a few hundred. */
    private static final OutboxLimits SLOW_READER_LIMITS = new OutboxLimits(40, 64L * 1024 * 1024);
    /** The client gives up on the frames a stalled socket holds after the linger time; this covers it. */
    private static final Duration STALLED_FRAMES_FAIL_WITHIN = Duration.ofSeconds(15);

    private RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aMessagePushedToALegacySocketArrivesAsSingleChatWithEveryFieldAndIsWritten() {
        server = RunningServer.start(SETTINGS);
        Message message = new Message(new MessageId("6f1c1a3e-2b4d-4c5e-8f9a-0b1c2d3e4f5a"), 7, 12, 2, "小明",
                "https://a/2.png", "uuid-2", 1, "小红", "https://a/1.png", ChatType.SINGLE, "text",
                MessageData.text("{\"data\":\"你好\",\"dataType\":false,\"otherData\":null}"), "{\"askanswer\":\"q\"}",
                new ClientMessageId("c-77"), Instant.ofEpochMilli(1_715_000_000_123L), false);
        try (TestClient client = TestClient.connectAs(server, 1)) {
            long before = System.currentTimeMillis();

            Outcome outcome = outcome(server.connections.push(UserId.of(1), message));
            JsonNode frame = client.next();

            assertEquals(Outcome.WRITTEN, outcome);
            assertEquals("singleChat", frame.path("type").asText());
            assertTrue(frame.path("timestamp").asLong() >= before - 1000, frame.toString());
            JsonNode data = frame.path("data");
            assertEquals("6f1c1a3e-2b4d-4c5e-8f9a-0b1c2d3e4f5a", data.path("id").asText());
            assertEquals(2, data.path("from_id").asLong());
            assertTrue(data.path("from_id").isIntegralNumber());
            assertEquals("小明", data.path("from_name").asText());
            assertEquals("https://a/2.png", data.path("from_avatar").asText());
            assertEquals("uuid-2", data.path("sendUUid").asText());
            assertEquals(1, data.path("to_id").asLong());
            assertEquals("小红", data.path("to_name").asText());
            assertEquals("https://a/1.png", data.path("to_avatar").asText());
            assertEquals("single", data.path("chatType").asText());
            assertEquals("text", data.path("type").asText());
            assertTrue(data.path("data").isTextual(), "a user's data stays the string it was posted as");
            assertEquals("{\"data\":\"你好\",\"dataType\":false,\"otherData\":null}", data.path("data").asText());
            assertEquals("q", data.path("options").path("askanswer").asText());
            assertEquals(1_715_000_000_123L, data.path("create_time").asLong());
            assertEquals(0, data.path("isremove").asInt());
            assertTrue(data.path("isremove").isIntegralNumber());
            assertEquals(12, data.path("seq").asLong());
            assertEquals("c-77", data.path("client_msg_id").asText());
            assertEquals(16, data.size(), "no field more or less than the wire form: " + data);
        }
    }

    @Test
    void aRecalledMessageArrivesAsItsRecallNotice() {
        server = RunningServer.start(SETTINGS);
        Message original = new Message(new MessageId("6f1c1a3e-2b4d-4c5e-8f9a-0b1c2d3e4f5a"), 7, 12, 2, "小明",
                "https://a/2.png", "uuid-2", 1, "小红", "https://a/1.png", ChatType.SINGLE, "text",
                MessageData.text("secret"), "{\"askanswer\":\"q\"}", new ClientMessageId("c-77"),
                Instant.ofEpochMilli(1_715_000_000_123L), false);
        try (TestClient client = TestClient.connectAs(server, 1)) {
            Outcome outcome = outcome(server.connections.push(UserId.of(1), original.recalledCopy()));
            JsonNode frame = client.next();

            assertEquals(Outcome.WRITTEN, outcome, "a notice is delivered like any message");
            assertEquals("singleChat", frame.path("type").asText());
            JsonNode data = frame.path("data");
            List<String> names = new ArrayList<>();
            data.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("id", "from_id", "from_name", "from_avatar", "sendUUid", "to_id", "to_name",
                    "to_avatar", "chatType", "type", "actionType", "data", "options", "create_time", "isremove", "seq",
                    "client_msg_id"), names);
            assertEquals("6f1c1a3e-2b4d-4c5e-8f9a-0b1c2d3e4f5a", data.path("id").asText(), "the message's own id");
            assertEquals(2, data.path("from_id").asLong());
            assertEquals("小明", data.path("from_name").asText());
            assertEquals("https://a/2.png", data.path("from_avatar").asText());
            assertEquals("uuid-2", data.path("sendUUid").asText());
            assertEquals(1, data.path("to_id").asLong());
            assertEquals("小红", data.path("to_name").asText());
            assertEquals("https://a/1.png", data.path("to_avatar").asText());
            assertEquals("single", data.path("chatType").asText());
            assertEquals("systemNotice", data.path("type").asText());
            assertEquals("revoke", data.path("actionType").asText());
            assertEquals("小明撤回了一条消息", data.path("data").path("data").asText());
            assertFalse(data.path("data").path("dataType").asBoolean(true));
            assertTrue(data.path("data").path("dataType").isBoolean());
            assertTrue(data.path("data").path("otherData").isNull());
            assertTrue(data.path("options").isObject());
            assertEquals(0, data.path("options").size());
            assertEquals(1_715_000_000_123L, data.path("create_time").asLong());
            assertEquals(1, data.path("isremove").asInt());
            assertEquals(12, data.path("seq").asLong());
            assertTrue(data.path("client_msg_id").isNull(), data.toString());
            assertFalse(data.toString().contains("secret"));
        }
    }

    @Test
    void theRecallNoticeSpeaksTheSocketsLanguage() {
        server = RunningServer.start(SETTINGS);
        try (TestClient english = TestClient.connect(server.ws("token=user-1"), "en")) {
            english.next();

            server.connections.push(UserId.of(1), TestMessages.recalled(2, 1));

            assertEquals("name2 recalled a message", english.next().path("data").path("data").path("data").asText());
        }
    }

    @Test
    void anAckModeSocketAwaitsTheAckAndItsAckReachesTheUseCase() {
        server = RunningServer.start(SETTINGS);
        Message message = TestMessages.text(2, 1, "hi");
        try (TestClient client = TestClient.connectAs(server, 1, "&ack=1")) {
            Outcome outcome = outcome(server.connections.push(UserId.of(1), message));
            String id = client.next().path("data").path("id").asText();
            client.send("{\"type\":\"ack\",\"ids\":[\"" + id + "\"]}");

            assertEquals(Outcome.AWAITING_ACK, outcome);
            verify(server.acknowledgeMessages, timeout(5_000)).acknowledge(UserId.of(1), List.of(message.id().value()));
        }
    }

    @Test
    void aPushToAUserWithNoSocketHereIsNotConnected() {
        server = RunningServer.start(SETTINGS);
        try (TestClient other = TestClient.connectAs(server, 2)) {
            assertEquals(Outcome.NOT_CONNECTED, outcome(server.connections.push(UserId.of(1), TestMessages.text(2, 1, "hi"))));
        }
    }

    @Test
    void aPushToASocketTheServerClosedIsNeverWritten() {
        server = RunningServer.start(SETTINGS);
        try (TestClient client = TestClient.connectAs(server, 1)) {
            server.connections.closeAll(UserId.of(1), DisconnectReason.LOGGED_OUT);

            Outcome outcome = outcome(server.connections.push(UserId.of(1), TestMessages.text(2, 1, "hi")));

            assertTrue(outcome == Outcome.NOT_CONNECTED || outcome == Outcome.FAILED, outcome.name());
            assertEquals(4000, client.closeCode());
        }
    }

    @Test
    void aPushAfterTheClientLeftIsNeverWritten() throws InterruptedException {
        server = RunningServer.start(SETTINGS);
        TestClient client = TestClient.connectAs(server, 1);
        ChatConnection connection = server.connections.live().get(0);

        client.close();
        long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
        while (connection.isOpen() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertFalse(connection.isOpen(), "the server noticed the client left");
        assertNotEquals(Outcome.WRITTEN, outcome(server.connections.push(UserId.of(1), TestMessages.text(2, 1, "hi"))));
    }

    @Test
    void everyConnectIsAnnouncedOffTheSocketsThreadsAndItsPendingMessagesPushed() {
        server = RunningServer.start(SETTINGS);
        AtomicReference<String> announcingThread = new AtomicReference<>();
        when(server.userConnected.connected(eq(UserId.of(1)), anyString())).thenAnswer(call -> {
            announcingThread.set(Thread.currentThread().getName());
            server.connections.push(UserId.of(1), TestMessages.text(2, 1, "waited for you"));
            return 1;
        });

        for (int connect = 1; connect <= 2; connect++) {
            try (TestClient client = TestClient.connectAs(server, 1)) {
                JsonNode pending = client.next();

                assertEquals("singleChat", pending.path("type").asText());
                assertEquals("waited for you", pending.path("data").path("data").asText());
                verify(server.userConnected, times(connect)).connected(eq(UserId.of(1)), anyString());
            }
        }
        assertTrue(announcingThread.get().startsWith("parley-ws-worker"), announcingThread.get());
    }

    @Test
    void aClosedConnectionDepartsUnderTheNameItArrivedWith() {
        server = RunningServer.start(SETTINGS);
        ArgumentCaptor<String> arrived = ArgumentCaptor.forClass(String.class);
        try (TestClient client = TestClient.connectAs(server, 1)) {
            verify(server.userConnected, timeout(5_000)).connected(eq(UserId.of(1)), arrived.capture());
        }

        verify(server.userDisconnected, timeout(5_000)).disconnected(UserId.of(1), arrived.getValue());
    }

    @Test
    void aStalledReaderIsClosedTheFramesItDidNotTakeFailAndOthersKeepReceiving() throws Exception {
        server = RunningServer.startWithOutboxLimits(SETTINGS, SLOW_READER_LIMITS);
        try (TestClient stalled = TestClient.connectAs(server, 1);
             TestClient bystander = TestClient.connectAs(server, 2)) {
            stalled.pauseReading();

            List<Message> sent = new ArrayList<>();
            List<CompletableFuture<Outcome>> outcomes = overflow(stalled, bystander, sent);

            assertEquals(Outcome.NOT_CONNECTED, outcome(server.connections.push(UserId.of(1), TestMessages.text(2, 1, "x"))),
                    "the stalled socket left the registry");
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                    .get(STALLED_FRAMES_FAIL_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            List<Outcome> results = new ArrayList<>();
            outcomes.forEach(outcome -> results.add(outcome.join()));
            int firstFailure = results.indexOf(Outcome.FAILED);
            // at the overflow the outbox held its limit of unwritten frames; the client took none of them
            assertTrue(results.size() - firstFailure > 1,
                    "frames still queued failed, not only the refused one: " + results.subList(firstFailure, results.size()));
            assertFalse(results.subList(firstFailure, results.size()).contains(Outcome.WRITTEN),
                    "no frame counts as written behind one that failed");

            Set<String> written = new HashSet<>();
            for (int i = 0; i < firstFailure; i++) {
                written.add(sent.get(i).id().value());
            }
            stalled.resumeReading();
            stalled.awaitEnd(Duration.ofSeconds(30));
            for (JsonNode frame : stalled.drain()) {
                assertTrue(written.contains(frame.path("data").path("id").asText()), "a frame it got was counted written");
            }
        }
    }

    @Test
    void aStalledReaderThatCatchesUpReadsEveryFrameCountedWrittenThenTheClose1013() throws Exception {
        server = RunningServer.startWithOutboxLimits(SETTINGS, SLOW_READER_LIMITS);
        try (TestClient stalled = TestClient.connectAs(server, 1);
             TestClient bystander = TestClient.connectAs(server, 2)) {
            stalled.pauseReading();
            List<Message> sent = new ArrayList<>();
            List<CompletableFuture<Outcome>> outcomes = overflow(stalled, bystander, sent);

            stalled.resumeReading();

            assertEquals(1013, stalled.closeCode(Duration.ofSeconds(30)));
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
            List<String> writtenIds = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).join() == Outcome.WRITTEN) {
                    writtenIds.add(sent.get(i).id().value());
                }
            }
            assertEquals(Outcome.FAILED, outcomes.get(outcomes.size() - 1).join(), "the frame that found it full");
            List<String> receivedIds = new ArrayList<>();
            for (JsonNode frame : stalled.drain()) {
                receivedIds.add(frame.path("data").path("id").asText());
            }
            assertEquals(writtenIds, receivedIds, "every frame counted written, in order, and nothing else");
        }
    }

    /**
     * Pushes large messages to the stalled user until its outbox refuses one, checking between them that the
     * bystander's messages still arrive at once; returns the stalled user's outcomes, the last of them FAILED.
     */
    private List<CompletableFuture<Outcome>> overflow(TestClient stalled, TestClient bystander, List<Message> sent)
            throws Exception {
        String large = "x".repeat(60_000);
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Message message = TestMessages.text(2, 1, large);
            CompletableFuture<Outcome> outcome = server.connections.push(UserId.of(1), message).toCompletableFuture();
            sent.add(message);
            outcomes.add(outcome);
            if (outcome.isDone() && outcome.join() == Outcome.FAILED) {
                return outcomes;
            }
            if (i % 25 == 0) {
                Message toBystander = TestMessages.text(1, 2, "still here " + i);
                assertEquals(Outcome.WRITTEN, server.connections.push(UserId.of(2), toBystander).toCompletableFuture()
                        .get(5, TimeUnit.SECONDS));
                assertEquals(toBystander.id().value(), bystander.next().path("data").path("id").asText());
            }
        }
        throw new AssertionError("the stalled socket was never closed; is the client still reading? "
                + stalled.isClosed());
    }

    private static Outcome outcome(CompletionStage<Outcome> stage) {
        try {
            return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception notKnown) {
            throw new AssertionError("no outcome", notKnown);
        }
    }
}
