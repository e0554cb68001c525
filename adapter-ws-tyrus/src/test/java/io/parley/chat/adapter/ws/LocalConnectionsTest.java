package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.user.UserId;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class LocalConnectionsTest {
    private final ServerFrames frames = new ServerFrames(new ObjectMapper(), Clock.systemUTC());
    private final LocalConnections connections = new LocalConnections();

    @Test
    void aNewSocketKicksTheOldOneWithForceLogoutThen4002() throws IOException {
        Socket old = socket(1);
        Socket current = socket(1);
        connections.register(old.connection);

        connections.register(current.connection);

        InOrder order = inOrder(old.remote, old.session);
        order.verify(old.remote).sendText(contains("\"force_logout\""), any(SendHandler.class));
        order.verify(old.session).close(argThat(closeCode(4002)));
        assertEquals(List.of(current.connection), connections.live());
    }

    @Test
    void theReplacedSocketsLateCloseLeavesTheNewOneRegistered() {
        Socket old = socket(1);
        Socket current = socket(1);
        connections.register(old.connection);
        connections.register(current.connection);

        connections.unregister(old.connection);

        assertEquals(List.of(current.connection), connections.live());
    }

    @Test
    void closeAllClosesWithTheReasonsCode() throws IOException {
        Socket out = socket(1);
        Socket disabled = socket(2);
        connections.register(out.connection);
        connections.register(disabled.connection);

        connections.closeAll(UserId.of(1), DisconnectReason.LOGGED_OUT);
        connections.closeAll(UserId.of(2), DisconnectReason.DISABLED);

        verify(out.session).close(argThat(closeCode(4000)));
        verify(out.remote, never()).sendText(any(), any(SendHandler.class));
        InOrder order = inOrder(disabled.remote, disabled.session);
        order.verify(disabled.remote).sendText(contains("\"USER_DISABLED\""), any(SendHandler.class));
        order.verify(disabled.session).close(argThat(closeCode(4003)));
        assertTrue(connections.live().isEmpty());
    }

    @Test
    void closeByNameKicksTheNamedSocketWithForceLogoutThen4002() throws IOException {
        Socket old = socket(1);
        connections.register(old.connection);

        connections.close(UserId.of(1), "s1", DisconnectReason.REPLACED);

        InOrder order = inOrder(old.remote, old.session);
        order.verify(old.remote).sendText(contains("\"force_logout\""), any(SendHandler.class));
        order.verify(old.session).close(argThat(closeCode(4002)));
        assertTrue(connections.live().isEmpty());
    }

    @Test
    void closeByNameLeavesASocketThatIsNotTheNamedOne() throws IOException {
        Socket current = socket(1);
        connections.register(current.connection);

        connections.close(UserId.of(1), "an-older-socket", DisconnectReason.REPLACED);

        verify(current.session, never()).close(any(CloseReason.class));
        assertEquals(List.of(current.connection), connections.live());
    }

    @Test
    void closeAllOfAUserWithoutSocketDoesNothing() {
        Socket other = socket(2);
        connections.register(other.connection);

        connections.closeAll(UserId.of(1), DisconnectReason.LOGGED_OUT);

        assertEquals(List.of(other.connection), connections.live());
    }

    @Test
    void aSocketThatFailsToCloseDoesNotStopTheReplacement() throws IOException {
        Socket broken = socket(1);
        doThrow(new IOException("already gone")).when(broken.session).close(any(CloseReason.class));
        Socket current = socket(1);
        connections.register(broken.connection);

        connections.register(current.connection);

        assertEquals(List.of(current.connection), connections.live());
        assertFalse(broken.connection.isOpen());
    }

    @Test
    void aPushToAUserWithoutSocketHereIsNotConnected() {
        connections.register(socket(2).connection);

        assertEquals(Outcome.NOT_CONNECTED, outcome(connections.push(UserId.of(1), TestMessages.text(2, 1, "hi"))));
    }

    @Test
    void aPushIsWrittenOnlyOnceTheSocketTookTheWholeFrame() throws IOException {
        Socket socket = socket(1);
        connections.register(socket.connection);
        Message message = TestMessages.text(2, 1, "hi");

        CompletableFuture<Outcome> pushed = connections.push(UserId.of(1), message).toCompletableFuture();

        ArgumentCaptor<String> frame = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<SendHandler> written = ArgumentCaptor.forClass(SendHandler.class);
        verify(socket.remote).sendText(frame.capture(), written.capture());
        JsonNode sent = new ObjectMapper().readTree(frame.getValue());
        assertEquals("singleChat", sent.path("type").asText());
        assertEquals(message.id().value(), sent.path("data").path("id").asText());
        assertFalse(pushed.isDone(), "the frame is still on its way");
        written.getValue().onResult(new SendResult());
        assertEquals(Outcome.WRITTEN, outcome(pushed));
    }

    @Test
    void aPushToAnAckModeSocketAwaitsTheAck() {
        Socket socket = socket(1, true);
        connections.register(socket.connection);

        CompletableFuture<Outcome> pushed = connections.push(UserId.of(1), TestMessages.text(2, 1, "hi"))
                .toCompletableFuture();
        ArgumentCaptor<SendHandler> written = ArgumentCaptor.forClass(SendHandler.class);
        verify(socket.remote).sendText(anyString(), written.capture());
        written.getValue().onResult(new SendResult());

        assertEquals(Outcome.AWAITING_ACK, outcome(pushed));
    }

    @Test
    void aPushWhoseWriteFailsIsFailed() {
        Socket socket = socket(1);
        connections.register(socket.connection);

        CompletableFuture<Outcome> pushed = connections.push(UserId.of(1), TestMessages.text(2, 1, "hi"))
                .toCompletableFuture();
        ArgumentCaptor<SendHandler> written = ArgumentCaptor.forClass(SendHandler.class);
        verify(socket.remote).sendText(anyString(), written.capture());
        written.getValue().onResult(new SendResult(new IOException("broken pipe")));

        assertEquals(Outcome.FAILED, outcome(pushed));
    }

    @Test
    void aPushToASocketThatIsClosingButStillRegisteredIsFailed() {
        Socket socket = socket(1);
        connections.register(socket.connection);
        when(socket.session.isOpen()).thenReturn(false);

        assertEquals(Outcome.FAILED, outcome(connections.push(UserId.of(1), TestMessages.text(2, 1, "hi"))));
        verify(socket.remote, never()).sendText(anyString(), any(SendHandler.class));
    }

    @Test
    void aPushTheSocketRefusesOnTheSpotIsFailed() {
        Socket socket = socket(1);
        connections.register(socket.connection);
        doThrow(new IllegalStateException("closing")).when(socket.remote).sendText(anyString(), any(SendHandler.class));

        assertEquals(Outcome.FAILED, outcome(connections.push(UserId.of(1), TestMessages.text(2, 1, "hi"))));
    }

    @Test
    void aReadReceiptIsQueuedOnTheRecipientsSocketWithoutWaitingForTheWrite() throws IOException {
        Socket reader = socket(2);
        Socket recipient = socket(1);
        connections.register(reader.connection);
        connections.register(recipient.connection);

        connections.pushReadReceipt(UserId.of(1), new ReadReceipt(ChatType.SINGLE, 2, 2, 9));

        ArgumentCaptor<String> frame = ArgumentCaptor.forClass(String.class);
        verify(recipient.remote).sendText(frame.capture(), any(SendHandler.class));
        JsonNode sent = new ObjectMapper().readTree(frame.getValue());
        assertEquals("read", sent.path("type").asText());
        assertEquals(9, sent.path("data").path("seq").asLong());
        assertEquals(2, sent.path("data").path("reader_id").asLong());
        verify(reader.remote, never()).sendText(anyString(), any(SendHandler.class));
    }

    @Test
    void aReadReceiptToAClosingOrRefusingSocketIsDroppedWithoutFailingTheCaller() {
        Socket closing = socket(1);
        Socket refusing = socket(2);
        connections.register(closing.connection);
        connections.register(refusing.connection);
        when(closing.session.isOpen()).thenReturn(false);
        doThrow(new IllegalStateException("closing")).when(refusing.remote).sendText(anyString(), any(SendHandler.class));

        connections.pushReadReceipt(UserId.of(1), new ReadReceipt(ChatType.SINGLE, 3, 3, 1));
        connections.pushReadReceipt(UserId.of(2), new ReadReceipt(ChatType.SINGLE, 3, 3, 1));
        connections.pushReadReceipt(UserId.of(4), new ReadReceipt(ChatType.SINGLE, 3, 3, 1));

        verify(closing.remote, never()).sendText(anyString(), any(SendHandler.class));
        assertEquals(2, connections.live().size(), "a dropped receipt closes nothing");
    }

    @Test
    void aRecalledMessageIsPushedAsItsNoticeInTheSocketsLanguage() throws IOException {
        Socket socket = socket(1, false, Language.EN);
        connections.register(socket.connection);

        connections.push(UserId.of(1), TestMessages.recalled(2, 1));

        ArgumentCaptor<String> frame = ArgumentCaptor.forClass(String.class);
        verify(socket.remote).sendText(frame.capture(), any(SendHandler.class));
        JsonNode data = new ObjectMapper().readTree(frame.getValue()).path("data");
        assertEquals("revoke", data.path("actionType").asText());
        assertEquals("name2 recalled a message", data.path("data").path("data").asText());
    }

    private static Outcome outcome(CompletionStage<Outcome> stage) {
        CompletableFuture<Outcome> future = stage.toCompletableFuture();
        assertTrue(future.isDone(), "the outcome is known");
        return future.join();
    }

    private static org.mockito.ArgumentMatcher<CloseReason> closeCode(int code) {
        return reason -> reason != null && reason.getCloseCode().getCode() == code;
    }

    private Socket socket(long user) {
        return socket(user, false);
    }

    private Socket socket(long user, boolean ackMode) {
        return socket(user, ackMode, Language.ZH);
    }

    private Socket socket(long user, boolean ackMode, Language language) {
        Session session = mock(Session.class);
        RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);
        when(session.isOpen()).thenReturn(true);
        when(session.getId()).thenReturn("s" + user);
        when(session.getAsyncRemote()).thenReturn(remote);
        ChatConnection connection = new ChatConnection(session.getId(), UserId.of(user), language, ackMode,
                new Outbox(session, OutboxLimits.DEFAULT, Runnable::run), new SerialWork(Runnable::run, 10), frames,
                System::nanoTime);
        return new Socket(session, remote, connection);
    }

    private record Socket(Session session, RemoteEndpoint.Async remote, ChatConnection connection) {
    }
}
