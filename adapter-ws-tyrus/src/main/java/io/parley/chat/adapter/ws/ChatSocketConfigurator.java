package io.parley.chat.adapter.ws;

import io.parley.chat.domain.shared.Language;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates a {@link ChatSocket} per connection, and at the handshake keeps what the socket will need but cannot
 * read later: the language of {@code Accept-Language} and the connection's {@link Wire}. Tyrus copies these
 * per-handshake properties into the endpoint config of that one connection.
 */
final class ChatSocketConfigurator extends ServerEndpointConfig.Configurator {
    private static final String LANGUAGE = ChatSocketConfigurator.class.getName() + ".language";
    private static final String WIRE = ChatSocketConfigurator.class.getName() + ".wire";

    private final Supplier<ChatSocket> sockets;
    private final WireHandoff handoff;

    ChatSocketConfigurator(Supplier<ChatSocket> sockets, WireHandoff handoff) {
        this.sockets = sockets;
        this.handoff = handoff;
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(sockets.get());
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        List<String> acceptLanguage = request.getHeaders().get("Accept-Language");
        config.getUserProperties().put(LANGUAGE,
                Language.fromAcceptLanguage(acceptLanguage == null ? null : String.join(",", acceptLanguage)));
        List<String> keys = request.getHeaders().get(WireHandoff.HEADER);
        if (keys != null && keys.size() == 1) {
            handoff.claim(keys.get(0)).ifPresent(wire -> config.getUserProperties().put(WIRE, wire));
        }
    }

    static Language language(EndpointConfig config) {
        Object language = config.getUserProperties().get(LANGUAGE);
        return language instanceof Language ? (Language) language : Language.ZH;
    }

    static Optional<Wire> wire(EndpointConfig config) {
        Object wire = config.getUserProperties().get(WIRE);
        return wire instanceof Wire ? Optional.of((Wire) wire) : Optional.empty();
    }
}
