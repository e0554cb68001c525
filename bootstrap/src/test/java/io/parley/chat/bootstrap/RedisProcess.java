package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.ExternalService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private redis-server for one test class, on a free loopback port, keeping nothing on disk: the test may stop and
 * start it again on the same port without disturbing anybody else's Redis. Skips the test with the reason when
 * redis-server is not installed (fails it under {@code PARLEY_IT_REQUIRED=1}).
 */
final class RedisProcess implements AutoCloseable {
    private final Path executable;
    private final int port;
    private final Path dir;
    private Process process;

    private RedisProcess(Path executable) throws IOException {
        this.executable = executable;
        this.port = TestServer.freePort();
        this.dir = Files.createTempDirectory("parley-redis-");
    }

    static RedisProcess start() throws InterruptedException {
        Path executable = ExternalService.requireProgram("redis-server");
        try {
            RedisProcess redis = new RedisProcess(executable);
            redis.startAgain();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start redis-server", e);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    int port() {
        return port;
    }

    /** (Re)starts the server on the same port, empty, and waits until it accepts connections. */
    void startAgain() throws InterruptedException {
        try {
            process = new ProcessBuilder(List.of(executable.toString(), "--port", Integer.toString(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start redis-server", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!ExternalService.reachable("127.0.0.1", port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("redis-server did not listen on " + port + "\n" + log());
            }
            Thread.sleep(50);
        }
    }

    /** Stops the server (SIGTERM; it keeps nothing) and waits until it is gone. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "redis-server survived kill -9");
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("redis.log"));
        } catch (IOException e) {
            return "(no redis log)";
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
