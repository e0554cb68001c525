package io.parley.chat.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** The real server, wired as in production, on a free loopback port with its own data directory. */
final class TestServer implements AutoCloseable {
    private final Path dataDir;
    private final Wiring wiring;
    final Settings settings;

    private TestServer(Map<String, String> overrides) {
        try {
            dataDir = Files.createTempDirectory("parley-system-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("PARLEY_HOST", "127.0.0.1");
        environment.put("PARLEY_PORT", Integer.toString(freePort()));
        environment.put("PARLEY_DATA_DIR", dataDir.toString());
        environment.putAll(overrides);
        settings = Settings.load(new ConfigSource(environment, new Properties(), null));
        wiring = Wiring.start(settings);
    }

    /** The embedded default: H2 in a temporary directory, everything else in memory. */
    static TestServer embedded() {
        return new TestServer(Map.of());
    }

    static TestServer with(Map<String, String> overrides) {
        return new TestServer(overrides);
    }

    String httpBase() {
        return "http://127.0.0.1:" + wiring.port();
    }

    String wsBase() {
        return "ws://127.0.0.1:" + wiring.port() + "/ws";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        wiring.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
