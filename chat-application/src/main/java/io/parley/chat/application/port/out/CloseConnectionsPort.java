package io.parley.chat.application.port.out;

import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;

/** Ends a user's live connections (WebSocket) for a reason. Returns at once; closing may finish later. */
public interface CloseConnectionsPort {
    void closeAll(UserId user, DisconnectReason reason);
}
