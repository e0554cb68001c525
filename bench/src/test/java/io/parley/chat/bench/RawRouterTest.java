package io.parley.chat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.server.Server;
import org.junit.jupiter.api.Test;

class RawRouterTest {
    @Test
    void forwardsAFrameUnchangedToTheUserItNames() throws Exception {
        Server server = RawRouter.start(-1);
        HttpClient client = HttpClient.newHttpClient();
        try {
            Inbox alice = new Inbox();
            Inbox bob = new Inbox();
            WebSocket fromAlice = connect(client, server, 1, alice);
            connect(client, server, 2, bob);
            assertEquals(RawRouterEndpoint.WELCOME, alice.next());
            assertEquals(RawRouterEndpoint.WELCOME, bob.next());

            String frame = "{\"to\":2,\"id\":\"0.1.2\",\"p\":\"hello\"}";
            fromAlice.sendText(frame, true).get(10, TimeUnit.SECONDS);

            assertEquals(frame, bob.next());
        } finally {
            server.stop();
        }
    }

    private static WebSocket connect(HttpClient client, Server server, long user, Inbox inbox) throws Exception {
        return client.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + server.getPort() + RawRouter.PATH + "?user=" + user), inbox)
                .get(10, TimeUnit.SECONDS);
    }

    /** Collects whole text frames. */
    private static final class Inbox implements WebSocket.Listener {
        private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        String next() throws InterruptedException {
            String frame = frames.poll(10, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no frame arrived");
            }
            return frame;
        }
    }
}
