package io.parley.chat.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole of the W0 router: {@code /raw?user=N} registers the socket as user N; a text frame {@code {"to":M,…}} is
 * parsed with Jackson and forwarded unchanged to user M's socket (BENCH.md 4.2). Each socket is greeted with
 * {@code {"type":"system"}} so that the generator times "connected and ready" the same way as on Parley.
 *
 * <p>The route table is static because Tyrus creates one endpoint instance per connection from the class alone and
 * the standalone server offers no other place to share it.
 */
@ServerEndpoint(RawRouter.PATH)
public final class RawRouterEndpoint {
    static final String WELCOME = "{\"type\":\"system\"}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Long, Session> ROUTES = new ConcurrentHashMap<>();
    private static final String USER = "user";

    @OnOpen
    public void open(Session session) {
        List<String> user = session.getRequestParameterMap().get(USER);
        long id = Long.parseLong(user.get(0));
        session.getUserProperties().put(USER, id);
        ROUTES.put(id, session);
        session.getAsyncRemote().sendText(WELCOME);
    }

    @OnMessage
    public void message(Session from, String text) throws JsonProcessingException {
        JsonNode to = JSON.readTree(text).get("to");
        if (to == null) {
            return;
        }
        Session target = ROUTES.get(to.asLong());
        if (target != null && target.isOpen()) {
            target.getAsyncRemote().sendText(text);
        }
    }

    @OnClose
    public void close(Session session) {
        Object id = session.getUserProperties().get(USER);
        if (id != null) {
            ROUTES.remove(id, session);
        }
    }
}
