package io.parley.chat.adapter.ws;

import io.parley.chat.domain.session.DisconnectReason;
import jakarta.websocket.CloseReason;

/** Every way the server ends a socket, with the close code clients act on (API.md j.5, j.9). */
enum SocketClose {
    LOGGED_OUT(4000),
    AUTHENTICATION_FAILED(4001),
    REPLACED(4002),
    DISABLED(4003),
    HEARTBEAT_TIMEOUT(4008),
    GOING_AWAY(1001),
    FLOODING(1008),
    TOO_BIG(1009),
    INTERNAL_ERROR(1011),
    /** The client fell too far behind: it does not read what it is sent, or sends work faster than it is done. */
    TRY_AGAIN_LATER(1013);

    private final int code;

    SocketClose(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    CloseReason reason() {
        return new CloseReason(CloseReason.CloseCodes.getCloseCode(code), name());
    }

    static SocketClose of(DisconnectReason reason) {
        switch (reason) {
            case LOGGED_OUT:
                return LOGGED_OUT;
            case REPLACED:
                return REPLACED;
            case DISABLED:
                return DISABLED;
            default:
                throw new IllegalArgumentException("no close code for " + reason);
        }
    }
}
