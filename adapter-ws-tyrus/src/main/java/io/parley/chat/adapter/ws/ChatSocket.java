package io.parley.chat.adapter.ws;

import io.parley.chat.application.port.in.AuthenticateUseCase;
import io.parley.chat.application.port.in.AuthenticatedUser;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection of {@code /ws} (API.md d, j.5): authenticates the token of the query string, takes the
 * user's single seat in {@link LocalConnections}, greets, and hands every frame to the {@link FrameDispatcher}.
 * A refused token gets the d.1 {@code fail} frame and close 4001 (4003 for a disabled user).
 *
 * <p>Public only because Tyrus calls the endpoint methods reflectively; only {@link WsServer} creates it.
 */
public final class ChatSocket extends Endpoint {
    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);

    private final AuthenticateUseCase authenticate;
    private final LocalConnections connections;
    private final ServerFrames frames;
    private final FrameDispatcher dispatcher;
    private final int maxMessageBytes;

    private volatile ChatConnection connection;
    private volatile boolean closed;

    ChatSocket(AuthenticateUseCase authenticate, LocalConnections connections, ServerFrames frames,
               FrameDispatcher dispatcher, int maxMessageBytes) {
        this.authenticate = authenticate;
        this.connections = connections;
        this.frames = frames;
        this.dispatcher = dispatcher;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        Language language = ChatSocketConfigurator.language(config);
        Outbox outbox = new Outbox(session);
        Wire wire = ChatSocketConfigurator.wire(config).orElse(null);
        if (wire == null) {
            LOG.error("socket {} opened without its wire; refusing it", session.getId());
            outbox.sendThenClose(frames.refusal(ReasonCode.INTERNAL_ERROR, language), SocketClose.INTERNAL_ERROR);
            return;
        }
        AuthenticatedUser caller;
        try {
            caller = authenticate.authenticate(token(session));
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
        ChatConnection opened = new ChatConnection(caller.id(), language, outbox, frames, wire::lastHeardNanos);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> dispatcher.text(opened, text));
        session.addMessageHandler(ByteBuffer.class,
                (MessageHandler.Whole<ByteBuffer>) bytes -> dispatcher.binary(opened, bytes));
        connection = opened;
        connections.register(opened);
        if (closed) {
            // the socket closed while it was registering; its onClose may have missed the registration
            connections.unregister(opened);
            return;
        }
        opened.send(frames.welcome(language));
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        closed = true;
        ChatConnection current = connection;
        if (current != null) {
            connections.unregister(current);
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        // Tyrus closes the socket itself where it must; the client never sees this
        LOG.debug("socket {} reported an error", session == null ? "?" : session.getId(), failure);
    }

    private static String token(Session session) {
        List<String> tokens = session.getRequestParameterMap().get("token");
        return tokens == null || tokens.isEmpty() ? null : tokens.get(0);
    }
}
