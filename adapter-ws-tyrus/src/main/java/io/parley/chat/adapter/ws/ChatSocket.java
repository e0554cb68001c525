package io.parley.chat.adapter.ws;

import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.UserConnectedUseCase;
import io.parley.chat.application.port.in.UserDisconnectedUseCase;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection of {@code /ws} (API.md d, j.5): authenticates the token of the query string, takes the
 * user's single seat in {@link LocalConnections} and greets (the welcome is the first frame the client sees, and it
 * sees it only once registered), has the user's undelivered messages pushed (j.4), and hands every frame to the
 * {@link FrameDispatcher}. A refused token gets the d.1 {@code fail} frame and close 4001 (4003
 * for a disabled user). {@code ack=1} in the query string puts the connection in ack mode.
 *
 * <p>Public only because Tyrus calls the endpoint methods reflectively; only {@link WsServer} creates it.
 */
public final class ChatSocket extends Endpoint {
    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);

    /** Use-case frames one socket may have waiting; beyond that it sends faster than its work gets done. */
    static final int MAX_WAITING_FRAMES = 100;

    private final WsServer.UseCases useCases;
    private final LocalConnections connections;
    private final ServerFrames frames;
    private final FrameDispatcher dispatcher;
    private final int maxMessageBytes;
    private final OutboxLimits outboxLimits;
    private final Executor workers;

    private volatile ChatConnection connection;
    private volatile boolean closed;

    /** @param workers run use-case frames, the announcement of a connection, and the outcomes of pushes */
    ChatSocket(WsServer.UseCases useCases, LocalConnections connections, ServerFrames frames,
               FrameDispatcher dispatcher, int maxMessageBytes, OutboxLimits outboxLimits, Executor workers) {
        this.useCases = useCases;
        this.connections = connections;
        this.frames = frames;
        this.dispatcher = dispatcher;
        this.maxMessageBytes = maxMessageBytes;
        this.outboxLimits = outboxLimits;
        this.workers = workers;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        Language language = ChatSocketConfigurator.language(config);
        Outbox outbox = new Outbox(session, outboxLimits, workers);
        Wire wire = ChatSocketConfigurator.wire(config).orElse(null);
        if (wire == null) {
            LOG.error("socket {} opened without its wire; refusing it", session.getId());
            outbox.sendThenClose(frames.refusal(ReasonCode.INTERNAL_ERROR, language), SocketClose.INTERNAL_ERROR);
            return;
        }
        AuthenticatedUser caller;
        try {
            caller = useCases.authenticate().authenticate(parameter(session, "token"));
        } catch (DomainException refused) {
            outbox.sendThenClose(frames.refusal(refused.reason(), language),
                    refused.reason() == ReasonCode.USER_DISABLED ? SocketClose.DISABLED : SocketClose.AUTHENTICATION_FAILED);
            return;
        } catch (RuntimeException broken) {
            LOG.error("authenticating socket {} failed", session.getId(), broken);
            outbox.sendThenClose(frames.refusal(ReasonCode.INTERNAL_ERROR, language), SocketClose.INTERNAL_ERROR);
            return;
        }
        // fragments of one message are reassembled by Tyrus; the wire only sees each fragment
        session.setMaxTextMessageBufferSize(maxMessageBytes);
        session.setMaxBinaryMessageBufferSize(maxMessageBytes);
        boolean ackMode = "1".equals(parameter(session, "ack"));
        ChatConnection opened = new ChatConnection(session.getId(), caller.id(), language, ackMode, outbox,
                new SerialWork(workers, MAX_WAITING_FRAMES), frames, wire::lastHeardNanos);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> dispatcher.text(opened, text));
        session.addMessageHandler(ByteBuffer.class,
                (MessageHandler.Whole<ByteBuffer>) bytes -> dispatcher.binary(opened, bytes));
        connection = opened;
        opened.registerAndWelcome(() -> connections.register(opened), frames.welcome(language));
        if (closed) {
            // the socket closed while it was registering; its onClose may have missed the registration
            connections.unregister(opened);
            return;
        }
        announce(opened, session.getId());
    }

    /**
     * Tells the core the user is connected here, which pushes what waited for them (j.4). Queued as the
     * connection's first work: the storage work stays off this thread, and the departure queued at close comes after.
     */
    private void announce(ChatConnection opened, String connectionId) {
        UserConnectedUseCase connected = useCases.userConnected();
        opened.work().submit(() -> {
            try {
                int pushed = connected.connected(opened.user(), connectionId);
                LOG.debug("{} pending messages pushed to {}", pushed, opened);
            } catch (RuntimeException failed) {
                // they stay in the inbox for the next connect or #21
                LOG.error("announcing {} failed", opened, failed);
            }
        });
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        closed = true;
        ChatConnection current = connection;
        if (current != null) {
            connections.unregister(current);
            depart(current, session.getId());
        }
    }

    /** Tells the core the connection is gone, after whatever the connection still had queued. */
    private void depart(ChatConnection closing, String connectionId) {
        UserDisconnectedUseCase disconnected = useCases.userDisconnected();
        Runnable departure = () -> {
            try {
                disconnected.disconnected(closing.user(), connectionId);
            } catch (RuntimeException failed) {
                LOG.error("recording the departure of {} failed", closing, failed);
            }
        };
        if (!closing.work().submit(departure)) {
            departure.run(); // its queue is full: the connection's own work is long under way
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        // Tyrus closes the socket itself where it must; the client never sees this
        LOG.debug("socket {} reported an error", session == null ? "?" : session.getId(), failure);
    }

    private static String parameter(Session session, String name) {
        List<String> values = session.getRequestParameterMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
