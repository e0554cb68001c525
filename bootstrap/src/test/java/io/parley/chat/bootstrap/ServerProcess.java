package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.ExternalService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The shaded jar ({@code bootstrap/target/parley-server.jar}) run as a separate server process, as an operator runs
 * it: on a free loopback port, with its own data directory and log file, configured by nothing but the environment
 * given (the test JVM's own {@code PARLEY_*} variables are not passed on). It can be stopped politely (SIGTERM) or
 * killed ({@code kill -9}).
 */
final class ServerProcess implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley-server.jar"));
    private static final long START_SECONDS = 180;

    final String name;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private final Process process;

    private ServerProcess(String name, Map<String, String> environment) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "package the server first: " + JAR.toAbsolutePath());
        this.name = name;
        this.port = TestServer.freePort();
        this.dataDir = Files.createTempDirectory("parley-" + name + "-");
        this.log = dataDir.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // several servers share two cores with the build: stay small. Not C1 only (-XX:TieredStopAtLevel=1):
                // it starts a little faster but hashes a password (PBKDF2, 600,000 rounds) ten times slower
                "-XX:+UseSerialGC", "-Xmx384m",
                "-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("PARLEY_"));
        builder.environment().put("PARLEY_HOST", "127.0.0.1");
        builder.environment().put("PARLEY_PORT", Integer.toString(port));
        builder.environment().put("PARLEY_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        this.process = builder.start();
    }

    /** Starts the process and returns at once; {@link #awaitHealthy()} or {@link #awaitListening()} waits for it. */
    static ServerProcess start(String name, Map<String, String> environment) {
        try {
            return new ServerProcess(name, environment);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Waits until the port accepts connections. */
    ServerProcess awaitListening() throws InterruptedException {
        awaitUntil("listen", () -> ExternalService.reachable("127.0.0.1", port));
        return this;
    }

    /** Waits until {@code GET /health} answers 200: the node is up and can serve. */
    ServerProcess awaitHealthy() throws InterruptedException {
        awaitUntil("answer 200 on /health", () -> {
            if (!ExternalService.reachable("127.0.0.1", port)) {
                return false;
            }
            int status = status("/health");
            if (status == 404) {
                throw new AssertionError(name + " has no /health endpoint (404)");
            }
            return status == 200;
        });
        return this;
    }

    private void awaitUntil(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "\n" + log());
            }
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " did not " + what + " within " + START_SECONDS + " s\n" + log());
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    String httpBase() {
        return "http://127.0.0.1:" + port;
    }

    String wsBase() {
        return "ws://127.0.0.1:" + port + "/ws";
    }

    HttpJson http() {
        return new HttpJson(httpBase());
    }

    /** The status of a GET (any body), or -1 when the node does not answer. */
    int status(String path) {
        try {
            HttpResponse<byte[]> response = HttpJson.download(httpBase() + path, Map.of());
            return response.statusCode();
        } catch (UncheckedIOException unreachable) {
            return -1;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook runs, sockets break, nothing is flushed or said goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), name + " survived kill -9");
    }

    /** SIGTERM, then waits for the orderly stop; true when it stopped in time (it is killed otherwise). */
    boolean stop() throws InterruptedException {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        boolean stopped = process.waitFor(30, TimeUnit.SECONDS);
        if (!stopped) {
            kill();
        }
        return stopped;
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The last lines of the log, for an assertion message. */
    String logTail(int lines) {
        List<String> all = log().lines().toList();
        return name + " log:\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Stops the process and removes its data directory. */
    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
