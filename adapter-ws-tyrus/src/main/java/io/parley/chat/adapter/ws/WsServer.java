package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.AuthenticateUseCase;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;

/**
 * The {@code /ws} endpoint of Parley on the listeners of an existing Grizzly {@link HttpServer} (API.md d, j.5).
 * {@link #attach} before the server starts; {@link #shutdown()} before it stops.
 */
public final class WsServer {
    static final String PATH = "/ws";
    /** How long shutdown waits for clients to answer the close frame before it cuts the remaining connections. */
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(2);

    private final EmbeddedTyrusContainer container;
    private final Wires wires;
    private final Heartbeat heartbeat;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private WsServer(EmbeddedTyrusContainer container, Wires wires, Heartbeat heartbeat,
                     ScheduledExecutorService timer) {
        this.container = container;
        this.wires = wires;
        this.heartbeat = heartbeat;
        this.timer = timer;
    }

    /**
     * Serves {@code /ws} on every listener of {@code server}, next to whatever HTTP handler it has. The listeners
     * are switched to Grizzly's worker-thread I/O strategy: socket handlers authenticate and will store messages,
     * which must not block a selector thread (HTTP handlers already run on the same worker pool).
     *
     * @throws IllegalStateException when the server has started already or has no listener
     */
    public static WsServer attach(HttpServer server, AuthenticateUseCase authenticate, LocalConnections connections,
                                  WsSettings settings) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(settings, "settings");
        if (server.isStarted()) {
            throw new IllegalStateException("attach the WebSocket endpoint before the HTTP server starts");
        }
        Collection<NetworkListener> listeners = server.getListeners();
        if (listeners.isEmpty()) {
            throw new IllegalStateException("the HTTP server has no listener to serve " + PATH + " on");
        }

        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        ServerFrames frames = new ServerFrames(json, Clock.systemUTC());
        FrameDispatcher dispatcher = new FrameDispatcher(json, List.of(
                new PongReply(),
                new IgnoredFrame("pong"),
                new IgnoredFrame("ack"),
                new NotSupportedYet("send"),
                new NotSupportedYet("read")));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "parley-ws-timer");
            thread.setDaemon(true);
            return thread;
        });

        WireHandoff handoff = new WireHandoff();
        EmbeddedTyrusContainer container = new EmbeddedTyrusContainer(Wire.engineBufferBytes(settings.maxFrameBytes()));
        ChatSocketConfigurator configurator = new ChatSocketConfigurator(
                () -> new ChatSocket(authenticate, connections, frames, dispatcher, settings.maxFrameBytes()), handoff);
        try {
            container.register(ServerEndpointConfig.Builder.create(ChatSocket.class, PATH)
                    .configurator(configurator)
                    .build());
        } catch (DeploymentException invalid) {
            timer.shutdownNow();
            throw new IllegalStateException("cannot deploy the " + PATH + " endpoint", invalid);
        }

        Wires wires = new Wires();
        UpgradeAddOn addOn = new UpgradeAddOn(() -> new UpgradeFilter(PATH, container.getWebSocketEngine(), handoff,
                wires, transport -> new Wire(transport,
                        new FrameLimits(settings.maxFrameBytes(), settings.maxFramesPerSecond(), System::nanoTime),
                        timer, wires::remove)));
        for (NetworkListener listener : listeners) {
            listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
            listener.registerAddOn(addOn);
        }
        Heartbeat heartbeat = Heartbeat.start(timer, connections, settings.heartbeat());
        return new WsServer(container, wires, heartbeat, timer);
    }

    /**
     * Closes every open socket with 1001 (server going away), waits briefly for the clients to answer, and stops
     * the heartbeat. Call it before stopping the HTTP server; calling it again does nothing.
     */
    public void shutdown() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        heartbeat.stop();
        wires.closeAll(SocketClose.GOING_AWAY, SHUTDOWN_PATIENCE);
        timer.shutdownNow();
        container.stop();
    }
}
