package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.AcknowledgeMessagesUseCase;
import io.parley.chat.application.port.in.AuthenticateUseCase;
import io.parley.chat.application.port.in.MarkReadUseCase;
import io.parley.chat.application.port.in.SendMessageUseCase;
import io.parley.chat.application.port.in.UserConnectedUseCase;
import io.parley.chat.application.port.in.UserDisconnectedUseCase;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** How long shutdown lets sends already taken finish storing (and answering) before it interrupts them. */
    private static final Duration WORK_PATIENCE = Duration.ofSeconds(5);
    /**
     * Threads that run use cases for sockets: they wait on storage, so more than the cores; a fixed number, so a
     * burst of frames queues instead of starting threads without end.
     */
    private static final int WORKERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /** The use cases the endpoint calls. */
    public record UseCases(AuthenticateUseCase authenticate, SendMessageUseCase sendMessage,
                           UserConnectedUseCase userConnected, UserDisconnectedUseCase userDisconnected,
                           AcknowledgeMessagesUseCase acknowledgeMessages, MarkReadUseCase markRead) {
        public UseCases {
            Objects.requireNonNull(authenticate, "authenticate");
            Objects.requireNonNull(sendMessage, "sendMessage");
            Objects.requireNonNull(userConnected, "userConnected");
            Objects.requireNonNull(userDisconnected, "userDisconnected");
            Objects.requireNonNull(acknowledgeMessages, "acknowledgeMessages");
            Objects.requireNonNull(markRead, "markRead");
        }
    }

    private final EmbeddedTyrusContainer container;
    private final Wires wires;
    private final Heartbeat heartbeat;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private WsServer(EmbeddedTyrusContainer container, Wires wires, Heartbeat heartbeat,
                     ScheduledExecutorService timer, ExecutorService workers) {
        this.container = container;
        this.wires = wires;
        this.heartbeat = heartbeat;
        this.timer = timer;
        this.workers = workers;
    }

    /**
     * Serves {@code /ws} on every listener of {@code server}, next to whatever HTTP handler it has. The listeners
     * are switched to Grizzly's worker-thread I/O strategy: socket handlers authenticate, which must not block a
     * selector thread (HTTP handlers already run on the same worker pool). Frames that store or load (send, ack,
     * read) and the delivery of pending messages run on the endpoint's own workers, so a socket keeps reading
     * meanwhile.
     *
     * @param connections the node's sockets; the same instance is the node's {@code PusherPort} and
     *                    {@code CloseConnectionsPort}
     * @throws IllegalStateException when the server has started already or has no listener
     */
    public static WsServer attach(HttpServer server, UseCases useCases, LocalConnections connections,
                                  WsSettings settings) {
        return attach(server, useCases, connections, settings, OutboxLimits.DEFAULT);
    }

    /** As {@link #attach(HttpServer, UseCases, LocalConnections, WsSettings)}, with other limits for slow clients. */
    static WsServer attach(HttpServer server, UseCases useCases, LocalConnections connections, WsSettings settings,
                           OutboxLimits outboxLimits) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(useCases, "useCases");
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
                new SendReply(useCases.sendMessage(), new SendOptions(json)),
                new AckReceipt(useCases.acknowledgeMessages()),
                new ReadMark(useCases.markRead())));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("parley-ws-timer"));
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemons("parley-ws-worker"));

        WireHandoff handoff = new WireHandoff();
        EmbeddedTyrusContainer container = new EmbeddedTyrusContainer(Wire.engineBufferBytes(settings.maxFrameBytes()));
        ChatSocketConfigurator configurator = new ChatSocketConfigurator(
                () -> new ChatSocket(useCases, connections, frames, dispatcher, settings.maxFrameBytes(), outboxLimits,
                        workers), handoff);
        try {
            container.register(ServerEndpointConfig.Builder.create(ChatSocket.class, PATH)
                    .configurator(configurator)
                    .build());
        } catch (DeploymentException invalid) {
            timer.shutdownNow();
            workers.shutdownNow();
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
        return new WsServer(container, wires, heartbeat, timer, workers);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Closes every open socket with 1001 (server going away), waits briefly for the clients to answer, lets the
     * sends already taken finish, and stops the heartbeat. Call it before stopping the HTTP server and the core's
     * storage; calling it again does nothing.
     */
    public void shutdown() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        heartbeat.stop();
        wires.closeAll(SocketClose.GOING_AWAY, SHUTDOWN_PATIENCE);
        // a message being stored is finished rather than cut off mid-transaction; later frames find the pool closed
        workers.shutdown();
        try {
            if (!workers.awaitTermination(WORK_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
        container.stop();
    }
}
