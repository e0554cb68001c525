package io.parley.chat.adapter.ws;

import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.function.LongSupplier;

/** One authenticated socket: whose it is, the language it speaks, and its single writer. */
final class ChatConnection {
    private final UserId user;
    private final Language language;
    private final Outbox outbox;
    private final ServerFrames frames;
    private final LongSupplier lastHeardNanos;

    /**
     * @param lastHeardNanos {@link System#nanoTime()} of the last bytes the client sent, frames of any kind included
     *                       (the wire sees WebSocket pings that never reach the endpoint)
     */
    ChatConnection(UserId user, Language language, Outbox outbox, ServerFrames frames, LongSupplier lastHeardNanos) {
        this.user = user;
        this.language = language;
        this.outbox = outbox;
        this.frames = frames;
        this.lastHeardNanos = lastHeardNanos;
    }

    UserId user() {
        return user;
    }

    Language language() {
        return language;
    }

    ServerFrames frames() {
        return frames;
    }

    /** Queues a frame; false when the socket is already closing. */
    boolean send(String frame) {
        return outbox.send(frame);
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
