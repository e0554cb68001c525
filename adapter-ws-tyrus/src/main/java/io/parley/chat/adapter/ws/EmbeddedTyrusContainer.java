package io.parley.chat.adapter.ws;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Map;
import java.util.Set;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * The Tyrus container of our endpoint, without a server of its own: Grizzly's HTTP listener feeds its engine
 * through {@link UpgradeFilter}.
 */
final class EmbeddedTyrusContainer extends TyrusServerContainer {
    private final TyrusWebSocketEngine engine;

    EmbeddedTyrusContainer(int incomingBufferBytes) {
        super(Set.<Class<?>>of());
        this.engine = TyrusWebSocketEngine.builder(this).incomingBufferSize(incomingBufferBytes).build();
    }

    @Override
    public void register(Class<?> endpointClass) throws DeploymentException {
        engine.register(endpointClass, "");
    }

    @Override
    public void register(ServerEndpointConfig serverEndpointConfig) throws DeploymentException {
        engine.register(serverEndpointConfig, "");
    }

    @Override
    public WebSocketEngine getWebSocketEngine() {
        return engine;
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of();
    }
}
