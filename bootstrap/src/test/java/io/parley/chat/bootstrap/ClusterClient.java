package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A user as an app holds it against a cluster: an account, its token, at most one socket on one node, and everything
 * that socket was pushed. Messages are de-duplicated by id as the delivery guarantee asks of clients, and the number
 * of pushes per id is kept so that a test can tell "at least once" from "exactly once". In ack mode it acknowledges
 * what it receives unless told not to. Not thread-safe except for {@link #httpAcknowledged}.
 */
final class ClusterClient implements AutoCloseable {
    final String username;
    final long id;
    private final String password = "secret1";
    String token;
    /** The node this client talks to, over HTTP and its socket. */
    ServerProcess node;
    /** Whether received messages are acknowledged (ack-mode sockets only). */
    boolean autoAck = true;

    private WsClient socket;
    private boolean ackMode;
    /** Ids received and not yet acknowledged: sent as one ack frame now and then, to stay under the frame limit. */
    private final List<String> pendingAcks = new ArrayList<>();
    private long lastAckFlush;
    /** Message id → times it was pushed to this user, on any socket. */
    final Map<String, Integer> pushes = new LinkedHashMap<>();
    /** Message id → the message, first push. */
    final Map<String, JsonNode> messages = new LinkedHashMap<>();
    /** client_msg_id → message id, for the WebSocket sends answered {@code sent}. */
    final Map<String, String> sent = new LinkedHashMap<>();
    /** client_msg_id → the {@code fail} frame, for the WebSocket sends refused. */
    final Map<String, JsonNode> failed = new LinkedHashMap<>();
    /** client_msg_id → message id, for the HTTP sends answered "ok" (may be filled from another thread). */
    final Map<String, String> httpAcknowledged = new ConcurrentHashMap<>();
    /** Frames that are not messages, replies or heartbeats: {@code force_logout} and the like. */
    final List<JsonNode> otherFrames = new ArrayList<>();

    private ClusterClient(ServerProcess node, JsonNode login) {
        this.node = node;
        this.username = login.path("username").asText();
        this.id = login.path("id").asLong();
        this.token = login.path("token").asText();
    }

    /** A new account, registered on this node, that accepts messages from every registered user. */
    static ClusterClient register(ServerProcess node) {
        Answer login = node.http().post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(),
                "password", "secret1"));
        assertTrue(login.ok(), login + "\n" + node.logTail(30));
        ClusterClient client = new ClusterClient(node, login.data());
        Answer saved = node.http().post("/api/chat/userset", Map.of("userset",
                "{\"chatset\":{\"user\":{\"sendCount\":2,\"needFollow\":false}}}"), client.auth());
        assertTrue(saved.ok(), saved.toString());
        return client;
    }

    Map<String, String> auth() {
        return Map.of("token", token);
    }

    /** Logs in again through its node (a new session: the old token and socket are ended); false if refused. */
    boolean logInAgain() {
        try {
            Answer login = node.http().post("/api/loginChat", Map.of("username", username, "password", password));
            if (!login.ok()) {
                return false;
            }
            token = login.data().path("token").asText();
            return true;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /**
     * Opens a socket on that node (which then becomes this client's node) and waits for the greeting; what the
     * previous socket still held is taken in first, then it is closed. False when the handshake was refused or the
     * node did not answer.
     */
    boolean connect(ServerProcess to, boolean ack) throws InterruptedException {
        WsClient opened;
        try {
            opened = WsClient.connect(to.wsBase(), token + (ack ? "&ack=1" : ""));
        } catch (RuntimeException refused) {
            return false;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode frame = opened.poll(100);
            if (frame == null) {
                if (opened.isClosed()) {
                    return false;
                }
                continue;
            }
            if ("system".equals(frame.path("type").asText())) {
                WsClient previous = socket;
                if (previous != null) {
                    drain(previous);
                    flushAcks(previous);
                    previous.close();
                }
                pendingAcks.clear();
                socket = opened;
                ackMode = ack;
                node = to;
                return true;
            }
            if ("fail".equals(frame.path("msg").asText())) {
                opened.close();
                return false;
            }
        }
        opened.close();
        return false;
    }

    /** Forgets what was pushed so far (not what it acknowledged): the next waits count new pushes only. */
    void forget() {
        pushes.clear();
        messages.clear();
    }

    boolean connected() {
        return socket != null && !socket.isClosed();
    }

    /** Takes in whatever this socket already holds, without waiting. */
    private void drain(WsClient from) throws InterruptedException {
        for (JsonNode frame = from.poll(0); frame != null; frame = from.poll(0)) {
            handle(from, frame);
        }
    }

    /** Reads frames for {@code millis}, keeping messages and replies, answering pings, acknowledging messages. */
    void pump(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        do {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            WsClient current = socket;
            if (current == null) {
                Thread.sleep(Math.max(1, Math.min(left, 50)));
                continue;
            }
            JsonNode frame = current.poll(Math.max(1, Math.min(left, 50)));
            if (frame != null) {
                handle(current, frame);
            }
            if (System.nanoTime() - lastAckFlush > TimeUnit.MILLISECONDS.toNanos(100) || pendingAcks.size() >= 100) {
                flushAcks(current);
            }
        } while (System.nanoTime() < deadline);
        if (socket != null) {
            flushAcks(socket);
        }
    }

    /** One ack frame for everything received since the last one (a frame per message would hit the frame limit). */
    private void flushAcks(WsClient on) {
        lastAckFlush = System.nanoTime();
        if (pendingAcks.isEmpty()) {
            return;
        }
        var frame = HttpJson.JSON.createObjectNode().put("type", "ack");
        pendingAcks.forEach(frame.putArray("ids")::add);
        pendingAcks.clear();
        trySend(on, frame.toString());
    }

    private void handle(WsClient from, JsonNode frame) {
        switch (frame.path("type").asText()) {
            case "singleChat" -> {
                JsonNode message = frame.path("data");
                String messageId = message.path("id").asText();
                pushes.merge(messageId, 1, Integer::sum);
                messages.putIfAbsent(messageId, message);
                if (ackMode && autoAck && from == socket) {
                    pendingAcks.add(messageId);
                }
            }
            case "sent" -> sent.put(frame.path("client_msg_id").asText(), frame.path("data").path("id").asText());
            case "fail" -> failed.put(frame.path("client_msg_id").asText(), frame);
            case "ping" -> trySend(from, "{\"type\":\"pong\"}");
            case "pong", "system" -> {
                // heartbeat and greeting
            }
            default -> otherFrames.add(frame);
        }
    }

    private static boolean trySend(WsClient on, String text) {
        try {
            on.sendText(text);
            return true;
        } catch (RuntimeException closed) {
            return false;
        }
    }

    /** A one-to-one text through the socket ({@code send} frame); false when the socket is gone. */
    boolean sendOverSocket(ClusterClient to, String text, String clientMsgId) {
        if (!connected()) {
            return false;
        }
        ObjectNode frame = HttpJson.JSON.createObjectNode().put("type", "send").put("client_msg_id", clientMsgId);
        frame.putObject("params").put("sendto_id", to.id).put("chatType", "single").put("type", "text")
                .put("data", text);
        return trySend(socket, frame.toString());
    }

    /** A one-to-one text through #20 on the given node. */
    Answer sendOverHttp(ServerProcess via, ClusterClient to, String text, String clientMsgId) {
        Map<String, Object> body = new HashMap<>();
        body.put("sendto_id", to.id);
        body.put("chatType", "single");
        body.put("type", "text");
        body.put("data", text);
        body.put("client_msg_id", clientMsgId);
        return via.http().post("/api/chat/socket/sendmessage", body, auth());
    }

    /** #20 on this client's node that must succeed; the stored message's id. */
    String send(ClusterClient to, String text) {
        Answer answer = sendOverHttp(node, to, text, null);
        assertTrue(answer.ok(), answer + "\n" + node.logTail(30));
        return answer.data().path("id").asText();
    }

    /** Pumps until every one of these message ids was pushed, or the time is up; the ids still missing. */
    Set<String> awaitMessages(Collection<String> ids, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!pushes.keySet().containsAll(ids) && System.nanoTime() < deadline) {
            pump(100);
        }
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(pushes.keySet());
        return missing;
    }

    /** The first message received (now or within the time) that matches, or null. */
    JsonNode awaitMessage(Predicate<JsonNode> matching, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            for (JsonNode message : messages.values()) {
                if (matching.test(message)) {
                    return message;
                }
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            pump(100);
        }
    }

    /** The id of the message a WebSocket send was answered with, waiting for the reply; null if none came. */
    String awaitSent(String clientMsgId, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!sent.containsKey(clientMsgId) && !failed.containsKey(clientMsgId)
                && System.nanoTime() < deadline) {
            pump(50);
        }
        return sent.get(clientMsgId);
    }

    /**
     * A ping answered by a pong on the current socket: the node has handled every frame sent before it (acks
     * included). False when no pong came.
     */
    boolean roundTrip() throws InterruptedException {
        if (!connected()) {
            return false;
        }
        flushAcks(socket);
        if (!trySend(socket, "{\"type\":\"ping\"}")) {
            return false;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode frame = socket.poll(100);
            if (frame == null) {
                continue;
            }
            if ("pong".equals(frame.path("type").asText())) {
                return true;
            }
            handle(socket, frame);
        }
        return false;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }

    @Override
    public String toString() {
        return username + "(" + id + ")@" + node.name;
    }
}
