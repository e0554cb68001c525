package io.parley.chat.adapter.ws;

import jakarta.websocket.CloseReason;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.nio.NIOConnection;
import org.glassfish.tyrus.spi.CompletionHandler;
import org.glassfish.tyrus.spi.ReadHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upgraded TCP connection between Grizzly and Tyrus. Inbound bytes pass the {@link FrameLimits} and go to
 * Tyrus's read handler; outbound frames go to Grizzly's write queue; the close is lingering, so that a client still
 * sending (a flood, the rest of an oversized frame) reads the close frame instead of a connection reset.
 */
final class Wire {
    private static final Logger LOG = LoggerFactory.getLogger(Wire.class);

    /** Tyrus gets accepted bytes in pieces of at most this size; see {@link #engineBufferBytes(int)}. */
    static final int SLICE_BYTES = 8 * 1024;
    private static final long LINGER_SECONDS = 5;

    private final Connection<?> transport;
    private final FrameLimits limits;
    private final ScheduledExecutorService timer;
    private final Consumer<Wire> onGone;

    private final Object reading = new Object();
    private final Object attaching = new Object();
    private final AtomicBoolean inboundClosed = new AtomicBoolean();
    private final AtomicBoolean outboundClosing = new AtomicBoolean();
    private final AtomicBoolean gone = new AtomicBoolean();
    private volatile org.glassfish.tyrus.spi.Connection engine;
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile ScheduledFuture<?> linger;
    private CloseReason closeBeforeAttach;

    Wire(Connection<?> transport, FrameLimits limits, ScheduledExecutorService timer, Consumer<Wire> onGone) {
        this.transport = transport;
        this.limits = limits;
        this.timer = timer;
        this.onGone = onGone;
    }

    /**
     * The size Tyrus's read buffer needs: it keeps at most one unfinished frame (the limits cap it) and then
     * appends one slice. Anything above would be dead weight; anything below would make Tyrus fail a legal frame.
     */
    static int engineBufferBytes(int maxFrameBytes) {
        return maxFrameBytes + FrameLimits.MAX_HEADER_BYTES + SLICE_BYTES;
    }

    /**
     * Joins the Tyrus connection, once {@code createConnection} has returned. The endpoint is open and talking
     * before that (its onOpen runs inside), so a close may already be waiting.
     */
    void attach(org.glassfish.tyrus.spi.Connection engine) {
        CloseReason waiting;
        synchronized (attaching) {
            this.engine = engine;
            waiting = closeBeforeAttach;
        }
        if (waiting != null) {
            engine.close(waiting);
        }
    }

    /** {@link System#nanoTime()} when the client last sent anything at all. */
    long lastHeardNanos() {
        return lastHeardNanos;
    }

    /** Bytes the client sent, in order; Grizzly delivers one read of a connection at a time. */
    void receive(ByteBuffer data) {
        lastHeardNanos = System.nanoTime();
        synchronized (reading) {
            org.glassfish.tyrus.spi.Connection target = engine;
            if (target == null || inboundClosed.get()) {
                return;
            }
            FrameLimits.Verdict verdict = limits.inspect(data);
            ByteBuffer accepted = data.duplicate();
            accepted.limit(data.position() + verdict.acceptedBytes());
            ReadHandler reader = target.getReadHandler();
            while (accepted.hasRemaining() && !inboundClosed.get()) {
                ByteBuffer slice = accepted.slice();
                slice.limit(Math.min(SLICE_BYTES, slice.remaining()));
                accepted.position(accepted.position() + slice.remaining());
                reader.handle(slice);
            }
            verdict.breach().ifPresent(breach ->
                    close(breach == FrameLimits.Breach.TOO_BIG ? SocketClose.TOO_BIG : SocketClose.FLOODING));
        }
    }

    /** Ends the WebSocket from the server side: close frame, then the lingering close of the connection. */
    void close(SocketClose how) {
        inboundClosed.set(true);
        closeEngine(how.reason());
    }

    void write(ByteBuffer frame, CompletionHandler<ByteBuffer> done) {
        if (outboundClosing.get() || !transport.isOpen()) {
            done.failed(new IOException("the socket is closed"));
            return;
        }
        send(transport, Buffers.wrap(transport.getMemoryManager(), frame), () -> done.completed(frame), done::failed);
    }

    /**
     * Tyrus has queued its close frame (or given up on the socket). Closing the connection now would reset it if the
     * client is still sending, and a reset can destroy the close frame before the client reads it; so the queued
     * frames go out first, then the output is shut, and the connection ends when the client closes its side or the
     * linger time is over. A client that does not read would keep the queued frames, and the connection, for ever:
     * if they have not gone out within the linger time, the connection ends anyway and they fail.
     */
    void closeTransport() {
        inboundClosed.set(true);
        if (!outboundClosing.compareAndSet(false, true)) {
            return;
        }
        // set before the flush is queued: an empty queue flushes, and half-closes, on this very thread
        linger = endAfterLinger();
        send(transport, Buffers.EMPTY_BUFFER, this::halfClose, failure -> transport.closeSilently());
    }

    /** Grizzly has closed the connection, whichever side began. */
    void transportClosed() {
        inboundClosed.set(true);
        outboundClosing.set(true);
        ScheduledFuture<?> pending = linger;
        if (pending != null) {
            pending.cancel(false);
        }
        if (gone.compareAndSet(false, true)) {
            onGone.accept(this);
            // tells the endpoint, unless the WebSocket closed properly already
            closeEngine(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "connection lost"));
        }
    }

    /** Closes the Tyrus side now, or as soon as it is attached. */
    private void closeEngine(CloseReason reason) {
        org.glassfish.tyrus.spi.Connection target;
        synchronized (attaching) {
            target = engine;
            if (target == null) {
                if (closeBeforeAttach == null) {
                    closeBeforeAttach = reason;
                }
                return;
            }
        }
        target.close(reason);
    }

    /** Ends the connection now, without waiting for the client. */
    void terminate() {
        transport.terminateSilently();
    }

    private void halfClose() {
        ScheduledFuture<?> flushing = linger;
        if (flushing != null) {
            flushing.cancel(false);
        }
        SelectableChannel channel = transport instanceof NIOConnection ? ((NIOConnection) transport).getChannel() : null;
        if (!(channel instanceof SocketChannel)) {
            transport.closeSilently();
            return;
        }
        try {
            ((SocketChannel) channel).shutdownOutput();
        } catch (IOException alreadyClosed) {
            LOG.debug("half-close failed, closing at once", alreadyClosed);
            transport.closeSilently();
            return;
        }
        linger = endAfterLinger();
    }

    /** Ends the connection after the linger time, unless it ends before; null when the timer has stopped. */
    private ScheduledFuture<?> endAfterLinger() {
        try {
            return timer.schedule(transport::terminateSilently, LINGER_SECONDS, TimeUnit.SECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            transport.terminateSilently();
            return null;
        }
    }

    /** Queues {@code buffer} behind everything written before; Grizzly's write queue keeps the order. */
    private static <L> void send(Connection<L> connection, Buffer buffer, Runnable written,
                                 Consumer<Throwable> failed) {
        connection.write(buffer, new EmptyCompletionHandler<WriteResult<Buffer, L>>() {
            @Override
            public void completed(WriteResult<Buffer, L> result) {
                written.run();
            }

            @Override
            public void failed(Throwable failure) {
                failed.accept(failure);
            }

            @Override
            public void cancelled() {
                failed.accept(new IOException("write cancelled"));
            }
        });
    }

    @Override
    public String toString() {
        SocketAddress peer = (SocketAddress) transport.getPeerAddress();
        return "wire to " + peer;
    }
}
