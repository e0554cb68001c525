package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The JDK's WebSocket client, recording what the server sends and how it closes. */
final class TestClient implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Duration WAIT = Duration.ofSeconds(5);

    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    /** Guarded by this: while paused the client asks for nothing more, so the server's frames pile up in TCP. */
    private boolean paused;
    private boolean owesRequest;

    static TestClient connect(URI uri) {
        return connect(uri, null);
    }

    static TestClient connect(URI uri, String acceptLanguage) {
        TestClient client = new TestClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(WAIT);
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        client.socket = builder.buildAsync(uri, client).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        return client;
    }

    /** Whether the server accepts the upgrade at all. */
    static boolean canUpgrade(URI uri) {
        try {
            HTTP.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(uri, new TestClient())
                    .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join().abort();
            return true;
        } catch (java.util.concurrent.CompletionException refused) {
            return false;
        }
    }

    /** Connects as a user and consumes the welcome frame. */
    static TestClient connectAs(RunningServer server, long userId) {
        return connectAs(server, userId, "");
    }

    /** Connects as a user with more of the query string ({@code "&ack=1"}) and consumes the welcome frame. */
    static TestClient connectAs(RunningServer server, long userId, String moreQuery) {
        TestClient client = connect(server.ws("token=user-" + userId + moreQuery));
        JsonNode welcome = client.next();
        if (!"system".equals(welcome.path("type").asText())) {
            throw new AssertionError("expected the welcome frame, got " + welcome);
        }
        return client;
    }

    void send(String text) {
        socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    void sendFragment(String text, boolean last) {
        socket.sendText(text, last).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    void sendPing() {
        socket.sendPing(ByteBuffer.wrap(new byte[] {1})).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The next text frame the server sent, parsed. */
    JsonNode next() {
        return next(WAIT);
    }

    JsonNode next(Duration wait) {
        try {
            String text = texts.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(text, "no frame from the server within " + wait);
            return JSON.readTree(text);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    /** The next frame that is not a heartbeat ping. */
    JsonNode nextIgnoringPings() {
        JsonNode frame = next();
        while ("ping".equals(frame.path("type").asText())) {
            frame = next();
        }
        return frame;
    }

    void assertNoFrameWithin(Duration wait) throws InterruptedException {
        assertNull(texts.poll(wait.toMillis(), TimeUnit.MILLISECONDS), "unexpected frame");
    }

    /** The close code the server sent. */
    int closeCode() {
        return closeCode(WAIT);
    }

    int closeCode(Duration wait) {
        try {
            return closeCode.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        } catch (ExecutionException failed) {
            throw new AssertionError("the connection failed instead of closing", failed.getCause());
        } catch (TimeoutException open) {
            throw new AssertionError("still open after " + wait);
        }
    }

    boolean isClosed() {
        return closeCode.isDone();
    }

    /** Waits until the connection has ended, by a close frame or by breaking. */
    void awaitEnd(Duration wait) {
        try {
            closeCode.handle((code, failure) -> null).toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        } catch (ExecutionException impossible) {
            throw new AssertionError(impossible);
        } catch (TimeoutException open) {
            throw new AssertionError("still open after " + wait);
        }
    }

    /** Every frame received so far and not yet taken, without waiting. */
    List<JsonNode> drain() {
        List<String> waiting = new ArrayList<>();
        texts.drainTo(waiting);
        List<JsonNode> frames = new ArrayList<>();
        for (String text : waiting) {
            try {
                frames.add(JSON.readTree(text));
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        }
        return frames;
    }

    /** Stops reading: the JDK client reads the socket only as far as the listener asks for messages. */
    synchronized void pauseReading() {
        paused = true;
    }

    synchronized void resumeReading() {
        paused = false;
        if (owesRequest) {
            owesRequest = false;
            socket.request(1);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            texts.add(partial.toString());
            partial.setLength(0);
        }
        askForMore(webSocket);
        return null;
    }

    private synchronized void askForMore(WebSocket webSocket) {
        if (paused) {
            owesRequest = true;
        } else {
            webSocket.request(1);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.abort();
        }
    }
}
