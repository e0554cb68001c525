package io.parley.chat.adapter.redis;

import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's presence entries alive: renews them every third of their time to live (so that two renewals in
 * a row may fail before an entry runs out), and at once when the connection to Redis is back. One daemon thread.
 */
final class PresenceRenewal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PresenceRenewal.class);

    private final RedisPresence presence;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-presence-renewal");
        thread.setDaemon(true);
        return thread;
    });
    /** Whether the last renewal failed: its trouble is logged once per outage, not every round. */
    private volatile boolean failing;

    PresenceRenewal(RedisPresence presence, Duration ttl) {
        this.presence = presence;
        long every = Math.max(1, Durations.positiveMillis(ttl, "ttl") / 3);
        schedule.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** Renews soon, off the caller's thread (Lettuce's event loop, when it reports a reconnect). */
    void renewSoon() {
        try {
            schedule.execute(this::renew);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("not renewing presence: stopping");
        }
    }

    private void renew() {
        try {
            int kept = presence.refresh();
            if (failing) {
                LOG.info("presence renewed again: {} entries of this node", kept);
            }
            failing = false;
        } catch (RedisException | IllegalStateException away) {
            if (!failing) {
                LOG.warn("cannot renew this node's presence ({}); retrying, other nodes' messages for its users wait"
                        + " in their inboxes meanwhile", away.toString());
            }
            failing = true;
        } catch (RuntimeException unexpected) {
            // the schedule must go on whatever happened to one round
            LOG.error("renewing presence failed", unexpected);
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
