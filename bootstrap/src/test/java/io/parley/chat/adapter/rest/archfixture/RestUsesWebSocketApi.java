package io.parley.chat.adapter.rest.archfixture;

/** Breaks TYRUS_ONLY_IN_WS. */
public class RestUsesWebSocketApi {
    jakarta.websocket.Session session;
}
