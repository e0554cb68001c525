package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class OutboxTest {
    private final Session session = mock(Session.class);
    private final RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);
    /** Completions wait here until the test runs them, to show on which executor they happen. */
    private final List<Runnable> completions = new ArrayList<>();
    private final Executor completionExecutor = completions::add;

    OutboxTest() {
        when(session.isOpen()).thenReturn(true);
        when(session.getId()).thenReturn("s1");
        when(session.getAsyncRemote()).thenReturn(remote);
    }

    @Test
    void aPushCompletesOnTheCompletionExecutorOnceTheFrameIsWritten() {
        Outbox outbox = new Outbox(session, new OutboxLimits(10, 1_000), completionExecutor);

        CompletableFuture<Boolean> taken = outbox.push("{\"n\":1}").toCompletableFuture();
        handlers(1).get(0).onResult(new SendResult());

        assertFalse(taken.isDone(), "completed on the executor, not on the thread that finished the write");
        runCompletions();
        assertTrue(taken.join());
    }

    @Test
    void aFailedWriteCompletesFalse() {
        Outbox outbox = new Outbox(session, new OutboxLimits(10, 1_000), Runnable::run);

        CompletableFuture<Boolean> taken = outbox.push("{\"n\":1}").toCompletableFuture();
        handlers(1).get(0).onResult(new SendResult(new IOException("reset")));

        assertFalse(taken.join());
    }

    @Test
    void aClosedOutboxRefusesAtOnceWithoutTouchingTheSocket() {
        Outbox outbox = new Outbox(session, new OutboxLimits(10, 1_000), Runnable::run);
        outbox.close(SocketClose.GOING_AWAY);

        assertFalse(outbox.push("{\"n\":1}").toCompletableFuture().join());
        assertFalse(outbox.send("{\"n\":2}"));
        verify(remote, never()).sendText(anyString(), any(SendHandler.class));
    }

    @Test
    void oneFrameBeyondTheFrameLimitClosesWith1013AndIsRefused() throws IOException {
        Outbox outbox = new Outbox(session, new OutboxLimits(3, 1_000_000), Runnable::run);
        List<CompletableFuture<Boolean>> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(outbox.push("{\"n\":" + i + "}").toCompletableFuture());
        }

        CompletableFuture<Boolean> refused = outbox.push("{\"n\":3}").toCompletableFuture();

        assertFalse(refused.join());
        verify(session).close(argThat(reason -> reason.getCloseCode().getCode() == 1013));
        verify(remote, times(3)).sendText(anyString(), any(SendHandler.class));
        assertFalse(outbox.isOpen());
        // the queued frames are not given up on: each completes as its write does
        List<SendHandler> handlers = handlers(3);
        handlers.get(0).onResult(new SendResult());
        handlers.get(1).onResult(new SendResult(new IOException("connection ended")));
        handlers.get(2).onResult(new SendResult(new IOException("connection ended")));
        assertTrue(queued.get(0).join());
        assertFalse(queued.get(1).join());
        assertFalse(queued.get(2).join());
    }

    @Test
    void aFrameThatWouldPassTheByteLimitClosesTheSocket() throws IOException {
        Outbox outbox = new Outbox(session, new OutboxLimits(100, 20), Runnable::run);
        assertTrue(outbox.send("0123456789"));

        assertFalse(outbox.send("0123456789A"));

        verify(session).close(any(CloseReason.class));
    }

    @Test
    void anIdleSocketTakesOneFrameLargerThanTheByteLimit() throws IOException {
        Outbox outbox = new Outbox(session, new OutboxLimits(100, 20), Runnable::run);

        assertTrue(outbox.send("x".repeat(100)));

        verify(session, never()).close(any(CloseReason.class));
    }

    @Test
    void writtenFramesMakeRoomAgain() throws IOException {
        Outbox outbox = new Outbox(session, new OutboxLimits(2, 1_000), Runnable::run);
        outbox.send("{\"n\":1}");
        outbox.send("{\"n\":2}");
        handlers(2).forEach(handler -> handler.onResult(new SendResult()));

        assertTrue(outbox.send("{\"n\":3}"));

        verify(session, never()).close(any(CloseReason.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii", "é ß ü", "欢迎您访问我们的系统", "emoji 😀 and 𝄞", "lone \uD800 surrogate"})
    void theFrameSizeIsItsUtf8Length(String text) {
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, Outbox.utf8Bytes(text));
    }

    private List<SendHandler> handlers(int count) {
        ArgumentCaptor<SendHandler> handlers = ArgumentCaptor.forClass(SendHandler.class);
        verify(remote, times(count)).sendText(anyString(), handlers.capture());
        return handlers.getAllValues();
    }

    private void runCompletions() {
        List<Runnable> due = new ArrayList<>(completions);
        completions.clear();
        due.forEach(Runnable::run);
    }
}
