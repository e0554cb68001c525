package io.parley.chat.adapter.ws;

import io.parley.chat.application.port.out.CloseConnectionsPort;
import io.parley.chat.application.port.out.PusherPort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's live sockets: at most one per user (the single-device rule, API.md d.2). A new socket replaces the
 * old one, which hears {@code force_logout} and closes with 4002. Removal is compare-and-remove (G-W1): the late
 * close of a replaced socket never unregisters its successor.
 *
 * <p>It is also the {@link PusherPort} of this node: a message for a user goes, as a {@code singleChat} frame, through
 * the {@link ChatConnection} registered for that user, the one writer of that socket; so does a read receipt, as a
 * {@code read} frame.
 */
public final class LocalConnections implements CloseConnectionsPort, PusherPort {
    private static final Logger LOG = LoggerFactory.getLogger(LocalConnections.class);

    private final ConcurrentMap<UserId, ChatConnection> byUser = new ConcurrentHashMap<>();

    public LocalConnections() {
        // the registry starts empty; sockets register themselves once authenticated
    }

    /** Ends the user's socket on this node, if any; returns at once while the close frame is on its way. */
    @Override
    public void closeAll(UserId user, DisconnectReason reason) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reason, "reason");
        ChatConnection current = byUser.get(user);
        if (current != null && byUser.remove(user, current)) {
            current.disconnect(reason);
        }
    }

    /**
     * Ends the user's socket on this node only if it is still the one named (another node's new connection replaced
     * it, API.md j.5); a socket that replaced it here meanwhile stays.
     */
    @Override
    public void close(UserId user, String connection, DisconnectReason reason) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(reason, "reason");
        ChatConnection current = byUser.get(user);
        if (current != null && current.id().equals(connection) && byUser.remove(user, current)) {
            current.disconnect(reason);
        }
    }

    /**
     * Writes the message to the recipient's socket on this node, if there is one, and says what became of it once
     * known: {@code NOT_CONNECTED} at once when there is none; otherwise {@code WRITTEN} (legacy) or
     * {@code AWAITING_ACK} (ack mode) when the socket took the frame, {@code FAILED} when it did not and never will
     * (closing, broken, or too far behind). Returns without waiting for the socket.
     */
    @Override
    public CompletionStage<Outcome> push(UserId recipient, Message message) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
        ChatConnection connection = byUser.get(recipient);
        if (connection == null) {
            return CompletableFuture.completedFuture(Outcome.NOT_CONNECTED);
        }
        String frame;
        try {
            frame = connection.frames().singleChat(message, connection.language());
        } catch (RuntimeException unwritable) {
            // the message stays in the inbox; the caller's other recipients must not pay for it
            LOG.error("cannot write message {} as a frame", message.id(), unwritable);
            return CompletableFuture.completedFuture(Outcome.FAILED);
        }
        return connection.push(frame);
    }

    /**
     * Queues the {@code read} frame on the recipient's socket on this node, if there is one, and returns at once.
     * Best effort: a socket that is closing or too far behind drops it, as the receipt is not durable (the
     * conversation list tells the same later). Answers whether the recipient has a socket here.
     */
    @Override
    public boolean pushReadReceipt(UserId recipient, ReadReceipt receipt) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(receipt, "receipt");
        ChatConnection connection = byUser.get(recipient);
        if (connection == null) {
            return false;
        }
        try {
            if (!connection.send(connection.frames().readReceipt(receipt))) {
                LOG.debug("read receipt for {} dropped: the socket is closing", connection);
            }
        } catch (RuntimeException unwritable) {
            // the reader's own request has succeeded already; a receipt that cannot go must not undo that
            LOG.error("cannot send read receipt {} to {}", receipt, connection, unwritable);
        }
        return true;
    }

    /** Makes {@code connection} its user's socket and kicks whichever socket it replaces. */
    void register(ChatConnection connection) {
        ChatConnection replaced = byUser.put(connection.user(), connection);
        if (replaced != null && replaced != connection) {
            replaced.disconnect(DisconnectReason.REPLACED);
        }
    }

    /** Forgets {@code connection} only if it is still its user's socket. */
    void unregister(ChatConnection connection) {
        byUser.remove(connection.user(), connection);
    }

    /** A snapshot, safe to walk while sockets come and go. */
    List<ChatConnection> live() {
        return List.copyOf(byUser.values());
    }
}
