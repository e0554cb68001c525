package io.parley.chat.adapter.ws;

import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of a socket. Replies, heartbeats, kicks and pushed messages come from different threads; going
 * through this monitor keeps them whole, in order, and stops everything once the close is on its way, so a frame
 * written before a close always reaches the client before the close frame.
 *
 * <p>Frames go straight on to the connection's write queue, which keeps their order; this class counts the ones the
 * client has not taken yet. A client that falls behind by more than the {@link OutboxLimits} is closed with 1013:
 * the frame that found the backlog full is refused, and the ones still queued fail when the connection ends (see
 * {@link Wire#closeTransport()}), unless the client takes them first.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Session session;
    private final OutboxLimits limits;
    private final Executor completions;
    /** Written from the completion callbacks without the monitor: those may run on threads holding Tyrus's locks. */
    private final AtomicInteger unwrittenFrames = new AtomicInteger();
    private final AtomicLong unwrittenBytes = new AtomicLong();
    private boolean closed;

    /**
     * @param completions where the stages of {@link #push} complete: whatever the caller chains on them (storage, for
     *                    one) must not run on the selector thread that finished the write, nor under this monitor
     */
    Outbox(Session session, OutboxLimits limits, Executor completions) {
        this.session = session;
        this.limits = limits;
        this.completions = completions;
    }

    /** Queues one text frame; false when the socket is closed or closing, or has just been closed for its backlog. */
    boolean send(String frame) {
        return offer(frame, null);
    }

    /**
     * Queues one text frame. The stage completes with true once the whole frame was written to the socket, with
     * false when it was refused or the write failed; never while the frame is still on its way. Never blocks.
     */
    CompletionStage<Boolean> push(String frame) {
        CompletableFuture<Boolean> taken = new CompletableFuture<>();
        if (!offer(frame, taken)) {
            taken.complete(false);
        }
        return taken;
    }

    synchronized void close(SocketClose how) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            session.close(how.reason());
        } catch (IOException | RuntimeException alreadyGone) {
            LOG.debug("socket {} was already closed", session.getId(), alreadyGone);
        }
    }

    /**
     * Runs {@code before} and queues {@code frame} as one step: nothing else is queued in between, so a frame that
     * {@code before} makes possible (a push, once the socket is registered) comes after this one.
     */
    synchronized boolean sendAfter(Runnable before, String frame) {
        before.run();
        return send(frame);
    }

    synchronized void sendThenClose(String frame, SocketClose how) {
        send(frame);
        close(how);
    }

    synchronized boolean isOpen() {
        return !closed && session.isOpen();
    }

    /** @param taken completed with the write's outcome when the frame was queued; may be null */
    private synchronized boolean offer(String frame, CompletableFuture<Boolean> taken) {
        if (closed || !session.isOpen()) {
            return false;
        }
        long bytes = utf8Bytes(frame);
        if (overflows(bytes)) {
            LOG.info("socket {} is {} frames behind; closing it", session.getId(), unwrittenFrames.get());
            close(SocketClose.TRY_AGAIN_LATER);
            return false;
        }
        unwrittenFrames.incrementAndGet();
        unwrittenBytes.addAndGet(bytes);
        SendHandler done = result -> written(result, bytes, taken);
        try {
            session.getAsyncRemote().sendText(frame, done);
            return true;
        } catch (RuntimeException notSent) {
            // refused before it reached the connection (Tyrus is closing): the handler will not be called
            LOG.debug("frame not sent to socket {}", session.getId(), notSent);
            unwrittenFrames.decrementAndGet();
            unwrittenBytes.addAndGet(-bytes);
            return false;
        }
    }

    private boolean overflows(long bytes) {
        int frames = unwrittenFrames.get();
        if (frames == 0) {
            // an idle socket takes any single frame, however large
            return false;
        }
        return frames >= limits.maxFrames() || unwrittenBytes.get() + bytes > limits.maxBytes();
    }

    private void written(SendResult result, long bytes, CompletableFuture<Boolean> taken) {
        unwrittenFrames.decrementAndGet();
        unwrittenBytes.addAndGet(-bytes);
        if (!result.isOK()) {
            LOG.debug("frame not delivered to socket {}", session.getId(), result.getException());
        }
        if (taken != null) {
            complete(taken, result.isOK());
        }
    }

    private void complete(CompletableFuture<Boolean> taken, boolean ok) {
        try {
            completions.execute(() -> taken.complete(ok));
        } catch (RejectedExecutionException shuttingDown) {
            taken.complete(ok);
        }
    }

    /** The frame's size on the wire, without encoding it a second time (Tyrus encodes it once more to send it). */
    static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                // a lone surrogate is encoded as '?'
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
