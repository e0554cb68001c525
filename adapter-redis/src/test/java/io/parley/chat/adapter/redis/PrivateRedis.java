package io.parley.chat.adapter.redis;

import io.parley.chat.application.contract.ExternalService;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A {@code redis-server} of a test's own, on a free port, that the test may stop and start again: outages are
 * staged here, never on the Redis other builds share. Keeps nothing on disk, so a restart comes back empty, as a
 * Redis without persistence does.
 */
final class PrivateRedis implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final int port;
    private Process process;

    private PrivateRedis(int port) {
        this.port = port;
    }

    /** Starts one; skips the test when there is no {@code redis-server} here, unless PARLEY_IT_REQUIRED=1. */
    static PrivateRedis start() {
        if (!installed()) {
            String reason = "redis-server is not installed";
            if ("1".equals(System.getenv("PARLEY_IT_REQUIRED"))) {
                Assertions.fail(reason + " and PARLEY_IT_REQUIRED=1");
            }
            Assumptions.abort(reason + ": outage tests skipped");
        }
        PrivateRedis redis = new PrivateRedis(freePort());
        redis.startAgain();
        return redis;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void startAgain() {
        try {
            process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "parley-redis-" + port + ".log"))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server", e);
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!ExternalService.reachable("127.0.0.1", port)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("redis-server did not come up on port " + port);
            }
            pause(50);
        }
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, "redis-server").canExecute()) {
                return true;
            }
        }
        return List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server").stream()
                .anyMatch(path -> new File(path).canExecute());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
