package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SendFramesTest {
    private RunningServer server;
    private TestClient client;

    @BeforeEach
    void connect() {
        server = RunningServer.start(new WsSettings(Duration.ofSeconds(30), 4096, 50));
        when(server.sendMessage.send(any())).thenAnswer(call -> stored(call.getArgument(0)));
        client = TestClient.connectAs(server, 1);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aSendIsStoredThroughTheUseCaseAndAnsweredWithSentAndTheMessage() {
        client.send("{\"type\":\"send\",\"client_msg_id\":\"c-1\",\"params\":{\"sendto_id\":2,\"chatType\":\"single\","
                + "\"type\":\"text\",\"data\":\"{\\\"data\\\":\\\"hi\\\"}\",\"options\":\"%7B%22a%22%3A1%7D\"}}");
        JsonNode sent = client.next();

        assertEquals("sent", sent.path("type").asText());
        assertEquals("c-1", sent.path("client_msg_id").asText());
        assertEquals("{\"data\":\"hi\"}", sent.path("data").path("data").asText());
        assertEquals(2, sent.path("data").path("to_id").asLong());
        assertEquals(1, sent.path("data").path("options").path("a").asInt());
        assertEquals("c-1", sent.path("data").path("client_msg_id").asText());
        SendMessageCommand command = sentCommand();
        assertEquals(UserId.of(1), command.sender());
        assertEquals(ChatType.SINGLE, command.chatType());
        assertEquals(2, command.sendtoId());
        assertEquals("text", command.type());
        assertEquals(MessageData.text("{\"data\":\"hi\"}"), command.data());
        assertEquals("{\"a\":1}", command.options());
        assertEquals(new ClientMessageId("c-1"), command.clientMessageId());
    }

    @Test
    void numbersMayComeAsTextAndTheClientMsgIdInsideParams() {
        client.send("{\"type\":\"send\",\"params\":{\"sendto_id\":\"2\",\"chatType\":\"single\",\"type\":\"text\","
                + "\"data\":\"hi\",\"client_msg_id\":\"c-9\"}}");
        JsonNode sent = client.next();

        assertEquals("c-9", sent.path("client_msg_id").asText());
        SendMessageCommand command = sentCommand();
        assertEquals(2, command.sendtoId());
        assertEquals(new ClientMessageId("c-9"), command.clientMessageId());
        assertNull(command.options());
    }

    @Test
    void dataAndOptionsGivenAsJsonValuesArePassedAsTheirJsonText() {
        client.send("{\"type\":\"send\",\"params\":{\"sendto_id\":2,\"chatType\":\"single\",\"type\":\"text\","
                + "\"data\":{\"data\":\"hi\",\"dataType\":false},\"options\":{\"x\":[1, 2]}}}");
        JsonNode sent = client.next();

        assertEquals("sent", sent.path("type").asText());
        assertFalse(sent.has("client_msg_id"), "no id was given, none is echoed");
        SendMessageCommand command = sentCommand();
        assertEquals(MessageData.text("{\"data\":\"hi\",\"dataType\":false}"), command.data());
        assertEquals("{\"x\":[1,2]}", command.options());
    }

    @Test
    void unreadableOptionsAreNone() {
        client.send("{\"type\":\"send\",\"params\":{\"sendto_id\":2,\"chatType\":\"single\",\"type\":\"text\","
                + "\"data\":\"hi\",\"options\":\"%7B%broken\"}}");
        client.next();

        assertNull(sentCommand().options());
    }

    @Test
    void aRefusedSendGetsFailWithItsClientMsgIdAndCode() {
        doThrow(new DomainException(ReasonCode.ONE_MESSAGE_LIMIT)).when(server.sendMessage).send(any());

        client.send(sendFrame("c-2", "hi"));
        JsonNode fail = client.next();

        assertEquals("fail", fail.path("type").asText());
        assertEquals("fail", fail.path("msg").asText());
        assertEquals("c-2", fail.path("client_msg_id").asText());
        assertEquals(ReasonCode.ONE_MESSAGE_LIMIT.name(), fail.path("code").asText());
        assertEquals(ReasonCode.ONE_MESSAGE_LIMIT.text(Language.ZH), fail.path("data").asText());
    }

    @Test
    void aBadParameterNamesItsField() {
        client.send("{\"type\":\"send\",\"client_msg_id\":\"c-3\",\"params\":{\"sendto_id\":\"two\","
                + "\"chatType\":\"single\",\"type\":\"text\",\"data\":\"hi\"}}");
        JsonNode fail = client.next();

        assertEquals(ReasonCode.VALIDATION_FAILED.name(), fail.path("code").asText());
        assertEquals("sendto_id", fail.path("field").asText());
        assertEquals("c-3", fail.path("client_msg_id").asText());
        verify(server.sendMessage, never()).send(any());
    }

    @Test
    void aSendWithoutParamsFailsValidationOnParams() {
        client.send("{\"type\":\"send\",\"client_msg_id\":\"c-4\"}");
        JsonNode fail = client.next();

        assertEquals("fail", fail.path("type").asText());
        assertEquals(ReasonCode.VALIDATION_FAILED.name(), fail.path("code").asText());
        assertEquals("params", fail.path("field").asText());
        assertEquals("c-4", fail.path("client_msg_id").asText());
        assertTrue(fail.path("data").asText().contains("params"), fail.toString());
    }

    @Test
    void paramsThatAreNotAnObjectFailValidationOnParams() {
        client.send("{\"type\":\"send\",\"params\":\"sendto_id=2\"}");
        JsonNode fail = client.next();

        assertEquals(ReasonCode.VALIDATION_FAILED.name(), fail.path("code").asText());
        assertEquals("params", fail.path("field").asText());
    }

    @Test
    void anUnexpectedFailureAnswersInternalErrorWithoutItsDetails() {
        doThrow(new IllegalStateException("db down at " + FakeAuthenticate.LEAKED_DETAIL))
                .when(server.sendMessage).send(any());

        client.send(sendFrame("c-5", "hi"));
        JsonNode fail = client.next();

        assertEquals(ReasonCode.INTERNAL_ERROR.name(), fail.path("code").asText());
        assertEquals("c-5", fail.path("client_msg_id").asText());
        assertFalse(fail.toString().contains(FakeAuthenticate.LEAKED_DETAIL), fail.toString());
        client.send("ping");
        assertEquals("pong", client.next().path("type").asText());
    }

    @Test
    void repliesKeepTheOrderOfTheSendsEvenWhenTheFirstTakesLongest() {
        Map<String, Long> delays = Map.of("c-1", 400L, "c-2", 150L, "c-3", 0L);
        doAnswer(call -> {
            SendMessageCommand command = call.getArgument(0);
            Thread.sleep(delays.get(command.clientMessageId().value()));
            return stored(command);
        }).when(server.sendMessage).send(any());

        client.send(sendFrame("c-1", "one"));
        client.send(sendFrame("c-2", "two"));
        client.send(sendFrame("c-3", "three"));

        assertEquals("c-1", client.next().path("client_msg_id").asText());
        assertEquals("c-2", client.next().path("client_msg_id").asText());
        assertEquals("c-3", client.next().path("client_msg_id").asText());
    }

    @Test
    void aSlowSendDoesNotHoldUpTheSocket() {
        doAnswer(call -> {
            Thread.sleep(800);
            return stored(call.getArgument(0));
        }).when(server.sendMessage).send(any());

        client.send(sendFrame("c-1", "slow"));
        client.send("ping");

        assertEquals("pong", client.next().path("type").asText(), "the ping was answered while the send was stored");
        assertEquals("sent", client.next().path("type").asText());
    }

    @Test
    void aClientWhoseSendsPileUpBeyondWhatTheSocketQueuesIsClosedWith1013() {
        CountDownLatch storageStuck = new CountDownLatch(1);
        try (RunningServer fast = RunningServer.start(new WsSettings(Duration.ofSeconds(30), 4096, 1_000))) {
            doAnswer(call -> {
                storageStuck.await(10, TimeUnit.SECONDS);
                return stored(call.getArgument(0));
            }).when(fast.sendMessage).send(any());
            // released before the server stops, whose shutdown would otherwise wait for the stuck worker
            try (TestClient flooder = TestClient.connectAs(fast, 1)) {
                // one send is being stored, the queue holds the next ones, and one more does not fit
                for (int i = 0; i <= ChatSocket.MAX_WAITING_FRAMES + 1 && !flooder.isClosed(); i++) {
                    try {
                        flooder.send(sendFrame("c-" + i, "hi"));
                    } catch (CompletionException closedMeanwhile) {
                        break;
                    }
                }

                assertEquals(1013, flooder.closeCode());
            } finally {
                storageStuck.countDown();
            }
        }
    }

    @Test
    void aVisitorMaySend() {
        try (TestClient visitor = TestClient.connect(server.ws("token=visitor-5"))) {
            visitor.next();

            visitor.send(sendFrame("v-1", "hello"));

            assertEquals("sent", visitor.next().path("type").asText());
        }
    }

    @Test
    void anAckOnALegacySocketIsIgnored() throws InterruptedException {
        client.send("{\"type\":\"ack\",\"ids\":[\"6f1c1a3e-2b4d-4c5e-8f9a-0b1c2d3e4f5a\"]}");
        client.send("{\"type\":\"ack\",\"ids\":\"not a list\"}");

        client.assertNoFrameWithin(Duration.ofMillis(300));
        // the acks went through the socket's queue before this send; had they been acted on, it would show by now
        client.send(sendFrame("c-1", "after the acks"));
        assertEquals("sent", client.next().path("type").asText());
        verify(server.acknowledgeMessages, never()).acknowledge(any(), anyCollection());
    }

    @Test
    void anAckInAckModeTakesTheStringIdsAndNeedsAList() {
        try (TestClient acking = TestClient.connectAs(server, 3, "&ack=1")) {
            acking.send("{\"type\":\"ack\",\"ids\":\"m-1\"}");
            assertEquals(ReasonCode.BAD_FRAME.name(), acking.next().path("code").asText());

            acking.send("{\"type\":\"ack\",\"ids\":[\"m-1\",7,null,\"m-2\"]}");

            verify(server.acknowledgeMessages, timeout(5_000)).acknowledge(UserId.of(3), List.of("m-1", "m-2"));
        }
    }

    private static String sendFrame(String clientMsgId, String data) {
        return "{\"type\":\"send\",\"client_msg_id\":\"" + clientMsgId + "\",\"params\":{\"sendto_id\":2,"
                + "\"chatType\":\"single\",\"type\":\"text\",\"data\":\"" + data + "\"}}";
    }

    /** What the real use case returns: the message as stored, with the sender's id and names. */
    private static Message stored(SendMessageCommand command) {
        Message message = TestMessages.text(command.sender().value(), command.sendtoId(), command.data().value(),
                command.clientMessageId() == null ? null : command.clientMessageId().value());
        return new Message(message.id(), message.conversationId(), message.seq(), message.fromId(), message.fromName(),
                message.fromAvatar(), message.senderUuid(), message.toId(), message.toName(), message.toAvatar(),
                command.chatType(), command.type(), command.data(), command.options(), command.clientMessageId(),
                message.createTime(), false);
    }

    private SendMessageCommand sentCommand() {
        ArgumentCaptor<SendMessageCommand> command = ArgumentCaptor.forClass(SendMessageCommand.class);
        verify(server.sendMessage, timeout(5_000)).send(command.capture());
        return command.getValue();
    }
}
