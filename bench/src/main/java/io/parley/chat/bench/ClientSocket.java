package io.parley.chat.bench;

import java.net.http.WebSocket;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * One generator connection over the JDK's {@link WebSocket}. The JDK client allows one outstanding send per socket,
 * so frames that the open-loop schedule produces while one is being written wait here, in order, bounded; their
 * latency still counts from their intended send time.
 */
final class ClientSocket implements WebSocket.Listener {
    /** Frames waiting behind the one being written; beyond this the generator, not the server, is behind. */
    static final int MAX_WAITING = 10_000;

    private final int index;
    private final long userId;
    private final InboundFrames inbound;
    private final FrameTag tag = new FrameTag();
    private final CompletableFuture<Long> ready = new CompletableFuture<>();
    private final ArrayDeque<String> waiting = new ArrayDeque<>();
    private final BiConsumer<WebSocket, Throwable> onWritten = (socket, failure) -> written(failure);
    private StringBuilder partial;
    private volatile WebSocket socket;
    private volatile boolean closed;
    private volatile boolean closing;
    private boolean writing;

    ClientSocket(int index, long userId, InboundFrames inbound) {
        this.index = index;
        this.userId = userId;
        this.inbound = inbound;
    }

    int index() {
        return index;
    }

    long userId() {
        return userId;
    }

    FrameTag tag() {
        return tag;
    }

    /** Completes with {@link System#nanoTime()} when the server greeted the socket (authenticated and registered). */
    CompletableFuture<Long> ready() {
        return ready;
    }

    boolean isOpen() {
        return socket != null && !closed;
    }

    void greeted() {
        ready.complete(System.nanoTime());
    }

    void failedToOpen(Throwable why) {
        closed = true;
        ready.completeExceptionally(why);
    }

    /** Queues a text frame; false when the socket is closed or too far behind (the frame is dropped). */
    boolean send(String frame) {
        WebSocket open = socket;
        if (open == null || closed) {
            return false;
        }
        synchronized (this) {
            if (writing) {
                if (waiting.size() >= MAX_WAITING) {
                    return false;
                }
                waiting.add(frame);
                return true;
            }
            writing = true;
        }
        write(open, frame);
        return true;
    }

    /**
     * Writes {@code frame} and then whatever queued up meanwhile. A write the JDK completes at once is followed in
     * this loop rather than from its callback, so that a long queue cannot grow the stack.
     */
    private void write(WebSocket open, String frame) {
        String next = frame;
        for (int round = 0; next != null; round++) {
            CompletableFuture<WebSocket> done;
            try {
                done = open.sendText(next, true);
            } catch (RuntimeException refused) {
                // the socket is closing: nothing queued behind this frame will go out either
                inbound.writeFailed(this);
                synchronized (this) {
                    waiting.clear();
                    writing = false;
                }
                return;
            }
            if (!done.isDone() || round >= MAX_WAITING) {
                // a queue refilled as fast as it empties goes on from the callback instead of looping here for ever
                done.whenComplete(onWritten);
                return;
            }
            if (done.isCompletedExceptionally()) {
                inbound.writeFailed(this);
            }
            next = nextWaiting();
        }
    }

    private void written(Throwable failure) {
        if (failure != null) {
            inbound.writeFailed(this);
        }
        String next = nextWaiting();
        if (next != null) {
            write(socket, next);
        }
    }

    private synchronized String nextWaiting() {
        String next = waiting.poll();
        if (next == null) {
            writing = false;
        }
        return next;
    }

    /** Says goodbye with 1000; {@link #abort()} if the server does not answer. */
    void close() {
        WebSocket open = socket;
        closing = true;
        if (open != null && !closed) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "");
        }
    }

    void abort() {
        WebSocket open = socket;
        closing = true;
        closed = true;
        if (open != null) {
            open.abort();
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        // no back-pressure from the generator: it reads everything as it comes
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last) {
            if (partial == null) {
                partial = new StringBuilder();
            }
            partial.append(data);
            return null;
        }
        if (partial == null) {
            inbound.frame(this, data);
        } else {
            partial.append(data);
            inbound.frame(this, partial);
            partial = null;
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        if (!closing) {
            inbound.closedByServer(this, statusCode, reason);
        }
        ready.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
        if (!closing) {
            inbound.broken(this, error);
        }
        ready.completeExceptionally(error);
    }
}
