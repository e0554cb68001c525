package io.parley.chat.bench;

import jakarta.websocket.DeploymentException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.server.Server;

/**
 * The W0 baseline server (BENCH.md 4.2): Tyrus's standalone Grizzly server with {@link RawRouterEndpoint} and
 * nothing else — no authentication, no persistence, Tyrus defaults. It prints {@code LISTENING <port>} once it
 * accepts connections and runs until it is terminated, or for {@link #MAX_LIFETIME} at most.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.parley.chat.bench.RawRouter [port]} (no port: an ephemeral one).
 * Tyrus's standalone server listens on 0.0.0.0 whatever host it is given; the generator only ever targets 127.0.0.1.
 */
public final class RawRouter {
    /** A forgotten router must not outlive any benchmark run by much. */
    static final Duration MAX_LIFETIME = Duration.ofHours(2);
    static final String PATH = "/raw";

    private RawRouter() {
    }

    public static void main(String[] args) throws DeploymentException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : -1;
        Server server = start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "raw-router-stop"));
        System.out.println("LISTENING " + server.getPort());
        System.out.flush();
        if (!stopped.await(MAX_LIFETIME.toSeconds(), TimeUnit.SECONDS)) {
            server.stop();
        }
    }

    /** Starts the router on {@code port} (-1: an ephemeral port, see {@link Server#getPort()}). */
    static Server start(int port) throws DeploymentException {
        Server server = new Server("127.0.0.1", port, "/", Map.of(), RawRouterEndpoint.class);
        server.start();
        return server;
    }
}
