package io.parley.chat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The generator's connections to one server: opened as a connect storm (W4), kept alive with application
 * heartbeats where the server wants them, closed at the end.
 */
final class SocketGroup implements AutoCloseable {
    /**
     * A browser-sized handshake: the server may keep the upgrade request for the life of the connection, so W3's
     * memory per connection should include a realistic one (BENCH.md 4.2).
     */
    static final String COOKIE = "session=" + "c".repeat(1_000);
    private static final Duration HANDSHAKE_LIMIT = Duration.ofSeconds(30);
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(5);

    private final HttpClient client;
    private final InboundFrames inbound;
    private final List<ClientSocket> sockets = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private ScheduledExecutorService heartbeat;

    SocketGroup(HttpClient client, InboundFrames inbound) {
        this.client = client;
        this.inbound = inbound;
    }

    /** Where one connection goes and as whom. */
    record Target(long userId, URI uri) {
    }

    /** A connect storm's outcome; handshake latencies in µs, until the server's greeting. */
    record Storm(int attempted, int connected, double seconds, Histogram handshakeMicros) {
        double handshakesPerSecond() {
            return seconds <= 0 ? 0 : connected / seconds;
        }
    }

    /** The connections in target order (null where one is still being opened for the first time). */
    List<ClientSocket> sockets() {
        synchronized (sockets) {
            return java.util.Collections.unmodifiableList(new ArrayList<>(sockets));
        }
    }

    int openCount() {
        int open = 0;
        for (ClientSocket socket : sockets()) {
            if (socket != null && socket.isOpen()) {
                open++;
            }
        }
        return open;
    }

    /**
     * Opens a connection to each target, at most {@code inFlight} handshakes at a time, and waits (within
     * {@code limit}) until the server has greeted every one that it accepts.
     */
    Storm connect(List<Target> more, int inFlight, Duration limit) {
        List<Integer> indices = new ArrayList<>();
        synchronized (sockets) {
            for (Target target : more) {
                indices.add(sockets.size());
                sockets.add(null);
                targets.add(target);
            }
        }
        return open(indices, inFlight, limit);
    }

    /** Opens again, as new connections of the same users, the connections that have closed. */
    int reopenClosed(int inFlight, Duration limit) {
        List<Integer> closed = new ArrayList<>();
        List<ClientSocket> now = sockets();
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).isOpen()) {
                now.get(i).abort();
                closed.add(i);
            }
        }
        if (!closed.isEmpty()) {
            open(closed, inFlight, limit);
        }
        return closed.size();
    }

    private void place(int index, ClientSocket socket) {
        synchronized (sockets) {
            sockets.set(index, socket);
        }
    }

    private Storm open(List<Integer> indices, int inFlight, Duration limit) {
        Semaphore slots = new Semaphore(inFlight);
        Recorder handshakes = new Recorder(TimeUnit.MINUTES.toMicros(10), 3);
        AtomicInteger connected = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(indices.size());
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        int attempted = 0;
        for (int index : indices) {
            try {
                if (!slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    break;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            attempted++;
            Target target = targets.get(index);
            ClientSocket socket = new ClientSocket(index, target.userId(), inbound);
            place(index, socket);
            long begin = System.nanoTime();
            socket.ready().orTimeout(HANDSHAKE_LIMIT.toMillis(), TimeUnit.MILLISECONDS).whenComplete((at, failure) -> {
                if (failure == null) {
                    handshakes.recordValue(Math.max(0, (at - begin) / 1_000));
                    connected.incrementAndGet();
                }
                slots.release();
                finished.countDown();
            });
            client.newWebSocketBuilder()
                    .header("Cookie", COOKIE)
                    .connectTimeout(HANDSHAKE_LIMIT)
                    .buildAsync(target.uri(), socket)
                    .whenComplete((webSocket, failure) -> {
                        if (failure != null) {
                            socket.failedToOpen(failure);
                        }
                    });
        }
        for (int never = attempted; never < indices.size(); never++) {
            int index = indices.get(never);
            ClientSocket unopened = new ClientSocket(index, targets.get(index).userId(), inbound);
            unopened.failedToOpen(new IllegalStateException("not opened within " + limit));
            place(index, unopened);
            finished.countDown();
        }
        try {
            finished.await(Math.max(0, deadline - System.nanoTime()) + HANDSHAKE_LIMIT.toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Storm(indices.size(), connected.get(), seconds, handshakes.getIntervalHistogram());
    }

    /**
     * Sends {@code frame} on every open connection every {@code interval}, as a client's heartbeat does, until the
     * group closes.
     */
    void keepAlive(String frame, Duration interval) {
        if (heartbeat != null) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "generator-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> {
            for (ClientSocket socket : sockets()) {
                if (socket != null) {
                    socket.send(frame);
                }
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes the connections from {@code from} on, and forgets them. */
    void closeFrom(int from) {
        List<ClientSocket> closing;
        synchronized (sockets) {
            closing = new ArrayList<>(sockets.subList(from, sockets.size()));
            sockets.subList(from, sockets.size()).clear();
            targets.subList(from, targets.size()).clear();
        }
        closeAll(closing);
    }

    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        List<ClientSocket> closing = sockets();
        synchronized (sockets) {
            sockets.clear();
            targets.clear();
        }
        closeAll(closing);
    }

    private static void closeAll(List<ClientSocket> those) {
        List<ClientSocket> closing = new ArrayList<>(those);
        closing.removeIf(java.util.Objects::isNull);
        for (ClientSocket socket : closing) {
            socket.close();
        }
        long deadline = System.nanoTime() + CLOSE_PATIENCE.toNanos();
        for (ClientSocket socket : closing) {
            while (socket.isOpen() && System.nanoTime() < deadline) {
                sleepQuietly(10);
            }
            socket.abort();
        }
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
