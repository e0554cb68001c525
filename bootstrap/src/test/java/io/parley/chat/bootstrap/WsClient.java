package io.parley.chat.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A WebSocket client that keeps every frame it receives and how the socket closed. */
final class WsClient implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private WsClient(String url) {
        socket = CLIENT.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), new Listener())
                .join();
    }

    static WsClient connect(String wsBase, String token) {
        return new WsClient(token == null ? wsBase : wsBase + "?token=" + token);
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame, within five seconds. */
    JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within 5 s");
        }
        return frame;
    }

    /** The next frame within {@code millis}, or null when none came. */
    JsonNode poll(long millis) throws InterruptedException {
        return frames.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The next frame of this type, skipping server pings. */
    JsonNode nextOfType(String type) throws InterruptedException {
        while (true) {
            JsonNode frame = next();
            if (type.equals(frame.path("type").asText())) {
                return frame;
            }
        }
    }

    /** The next frame of this type within {@code millis}, or null when none came (skipping other frames). */
    JsonNode pollOfType(String type, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            JsonNode frame = frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame == null) {
                return null;
            }
            if (type.equals(frame.path("type").asText())) {
                return frame;
            }
        }
    }

    int awaitCloseCode() throws InterruptedException, ExecutionException, TimeoutException {
        return awaitCloseCode(5);
    }

    int awaitCloseCode(int seconds) throws InterruptedException, ExecutionException, TimeoutException {
        return closeCode.get(seconds, TimeUnit.SECONDS);
    }

    boolean isClosed() {
        return closeCode.isDone();
    }

    @Override
    public void close() {
        if (!closeCode.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(HttpJson.JSON.readTree(partial.toString()));
                } catch (IOException notJson) {
                    frames.add(HttpJson.JSON.getNodeFactory().textNode(partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.complete(1006);
        }
    }
}
