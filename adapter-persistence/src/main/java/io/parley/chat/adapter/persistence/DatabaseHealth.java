package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.HealthCheckPort;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers: a connection from the pool that the driver finds valid. The pool may wait its whole
 * connection timeout for a database that is gone, longer than a load balancer waits, so the answer is awaited for
 * {@link #PATIENCE} at most, on a thread of its own; a check still under way is joined rather than repeated.
 */
final class DatabaseHealth implements HealthCheckPort, AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

    private final DataSource pool;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-database-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> underWay;

    DatabaseHealth(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public String dependency() {
        return "database";
    }

    @Override
    public boolean reachable() {
        try {
            return check().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            LOG.warn("the database did not answer within {}", PATIENCE);
            return false;
        } catch (ExecutionException failed) {
            LOG.warn("the database health check failed: {}", failed.getCause().toString());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized CompletableFuture<Boolean> check() {
        if (underWay == null || underWay.isDone()) {
            underWay = CompletableFuture.supplyAsync(this::connectionIsValid, checks);
        }
        return underWay;
    }

    private boolean connectionIsValid() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid((int) PATIENCE.toSeconds());
        } catch (SQLException unreachable) {
            LOG.warn("the database is not reachable: {}", unreachable.toString());
            return false;
        }
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
