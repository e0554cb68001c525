package io.parley.chat.adapter.ws;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every interval: a {@code {"type":"ping"}} to each live socket, and 4008 for a socket whose client has sent
 * nothing for two intervals (API.md j.5, G-W3). One timer for the node, whatever the number of sockets.
 */
final class Heartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final LocalConnections connections;
    private final long silenceLimitNanos;
    private ScheduledFuture<?> beats;

    private Heartbeat(LocalConnections connections, Duration interval) {
        this.connections = connections;
        this.silenceLimitNanos = interval.multipliedBy(2).toNanos();
    }

    static Heartbeat start(ScheduledExecutorService timer, LocalConnections connections, Duration interval) {
        Heartbeat heartbeat = new Heartbeat(connections, interval);
        long period = interval.toNanos();
        heartbeat.beats = timer.scheduleAtFixedRate(heartbeat::beat, period, period, TimeUnit.NANOSECONDS);
        return heartbeat;
    }

    void stop() {
        beats.cancel(false);
    }

    private void beat() {
        // an exception escaping here would cancel every later beat, for every socket
        try {
            long now = System.nanoTime();
            for (ChatConnection connection : connections.live()) {
                beat(connection, now);
            }
        } catch (RuntimeException unexpected) {
            LOG.error("heartbeat round failed", unexpected);
        }
    }

    private void beat(ChatConnection connection, long now) {
        try {
            if (!connection.isOpen()) {
                // closed while its close event was still on the way; do not let it linger in the registry
                connections.unregister(connection);
            } else if (connection.silentNanos(now) >= silenceLimitNanos) {
                LOG.debug("{} silent for two heartbeats, closing", connection);
                connection.close(SocketClose.HEARTBEAT_TIMEOUT);
            } else {
                connection.send(connection.frames().ping());
            }
        } catch (RuntimeException unexpected) {
            LOG.warn("heartbeat failed for {}", connection, unexpected);
        }
    }
}
