package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.bootstrap.HttpJson.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jar the README tells people to run: started as a separate process with no configuration but a port and a data
 * directory, it serves HTTP and the WebSocket, and stops cleanly on SIGTERM. Catches what only the shaded jar can
 * break (merged service files, the manifest).
 */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley-server.jar"));

    @Test
    void theJarStartsOnTheEmbeddedDefaultAndStopsCleanly() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package the server first: " + JAR.toAbsolutePath());
        Path dataDir = Files.createTempDirectory("parley-jar-");
        Path log = dataDir.resolve("server.log");
        int port = TestServer.freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString());
        builder.environment().put("PARLEY_HOST", "127.0.0.1");
        builder.environment().put("PARLEY_PORT", Integer.toString(port));
        builder.environment().put("PARLEY_DATA_DIR", dataDir.toString());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process server = builder.start();
        try {
            HttpJson http = new HttpJson("http://127.0.0.1:" + port);
            awaitListening(port, server, log);
            Answer registered = http.post("/api/regChat", Map.of("username", "jar_" + UUID.randomUUID()
                    .toString().substring(0, 8), "password", "secret1"));
            assertTrue(registered.ok(), registered + "\n" + read(log));
            try (WsClient socket = WsClient.connect("ws://127.0.0.1:" + port + "/ws",
                    registered.data().path("token").asText())) {
                assertEquals("system", socket.next().path("type").asText());
            }
            assertTrue(read(log).contains("PARLEY_JWT_SECRET=(unset: kept in the data directory)"),
                    "the effective configuration is printed");
            assertTrue(Files.isRegularFile(dataDir.resolve(JwtKey.FILE_NAME)), "the token key is kept");
        } finally {
            server.destroy();
            boolean stopped = server.waitFor(30, TimeUnit.SECONDS);
            if (!stopped) {
                server.destroyForcibly();
            }
            assertTrue(stopped, "the server stops on SIGTERM\n" + read(log));
            assertTrue(read(log).contains("Parley stopping"), read(log));
        }
    }

    private static void awaitListening(int port, Process server, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited with " + server.exitValue() + "\n" + read(log));
            }
            if (io.parley.chat.application.contract.ExternalService.reachable("127.0.0.1", port)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not listen within 90 s\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
