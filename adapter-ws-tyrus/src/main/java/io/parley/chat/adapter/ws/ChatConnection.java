package io.parley.chat.adapter.ws;

import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/**
 * One authenticated socket: whose it is, the language it speaks, whether its client acknowledges messages, its
 * single writer, and the queue that runs its use-case frames in order.
 */
final class ChatConnection {
    private final String id;
    private final UserId user;
    private final Language language;
    private final boolean ackMode;
    private final Outbox outbox;
    private final SerialWork work;
    private final ServerFrames frames;
    private final LongSupplier lastHeardNanos;

    /**
     * @param id             this node's name for the connection (the socket's session id), as presence records it
     * @param ackMode        the client opened the socket with {@code ack=1}: a message it was sent stays undelivered
     *                       until it acknowledges it (API.md j.4)
     * @param lastHeardNanos {@link System#nanoTime()} of the last bytes the client sent, frames of any kind included
     *                       (the wire sees WebSocket pings that never reach the endpoint)
     */
    ChatConnection(String id, UserId user, Language language, boolean ackMode, Outbox outbox, SerialWork work,
                   ServerFrames frames, LongSupplier lastHeardNanos) {
        this.id = id;
        this.user = user;
        this.language = language;
        this.ackMode = ackMode;
        this.outbox = outbox;
        this.work = work;
        this.frames = frames;
        this.lastHeardNanos = lastHeardNanos;
    }

    String id() {
        return id;
    }

    UserId user() {
        return user;
    }

    Language language() {
        return language;
    }

    boolean ackMode() {
        return ackMode;
    }

    ServerFrames frames() {
        return frames;
    }

    SerialWork work() {
        return work;
    }

    /** Queues a frame; false when the socket is already closing. */
    boolean send(String frame) {
        return outbox.send(frame);
    }

    /**
     * Registers the connection and greets the client as one step: the client hears the welcome only once the
     * connection is registered, and a message pushed the moment it is registered comes after the welcome.
     */
    void registerAndWelcome(Runnable register, String welcome) {
        outbox.sendAfter(register, welcome);
    }

    /**
     * Queues a message frame and says, once known, what became of it: written (awaiting the client's ack in ack
     * mode) only after the socket took the whole frame, failed when it never will.
     */
    CompletionStage<Outcome> push(String frame) {
        return outbox.push(frame).thenApply(taken -> {
            if (!taken) {
                return Outcome.FAILED;
            }
            return ackMode ? Outcome.AWAITING_ACK : Outcome.WRITTEN;
        });
    }

    void close(SocketClose how) {
        outbox.close(how);
    }

    boolean isOpen() {
        return outbox.isOpen();
    }

    long silentNanos(long nowNanos) {
        return nowNanos - lastHeardNanos.getAsLong();
    }

    /** Ends the socket the way the reason asks (API.md j.5): a frame first where the client is owed one. */
    void disconnect(DisconnectReason reason) {
        SocketClose how = SocketClose.of(reason);
        switch (reason) {
            case REPLACED:
                outbox.sendThenClose(frames.forceLogout(language), how);
                break;
            case DISABLED:
                outbox.sendThenClose(frames.refusal(ReasonCode.USER_DISABLED, language), how);
                break;
            default:
                outbox.close(how);
        }
    }

    @Override
    public String toString() {
        return "socket of user " + user;
    }
}
