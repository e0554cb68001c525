package io.parley.chat.adapter.ws;

import jakarta.websocket.Session;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of a socket. Replies, heartbeats, kicks and (later) pushed messages come from different threads;
 * going through this monitor keeps them whole, in order, and stops everything once the close is on its way, so a
 * frame written before a close always reaches the client before the close frame.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Session session;
    private boolean closed;

    Outbox(Session session) {
        this.session = session;
    }

    /** Queues one text frame; false when the socket is closed or closing. Never blocks on a slow client. */
    synchronized boolean send(String frame) {
        if (closed || !session.isOpen()) {
            return false;
        }
        try {
            session.getAsyncRemote().sendText(frame, result -> {
                if (!result.isOK()) {
                    LOG.debug("frame not delivered to socket {}", session.getId(), result.getException());
                }
            });
            return true;
        } catch (RuntimeException notSent) {
            LOG.debug("frame not sent to socket {}", session.getId(), notSent);
            return false;
        }
    }

    synchronized void close(SocketClose how) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            session.close(how.reason());
        } catch (IOException | RuntimeException alreadyGone) {
            LOG.debug("socket {} was already closed", session.getId(), alreadyGone);
        }
    }

    synchronized void sendThenClose(String frame, SocketClose how) {
        send(frame);
        close(how);
    }

    synchronized boolean isOpen() {
        return !closed && session.isOpen();
    }
}
