package io.parley.chat.application.port.out;

import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;

/**
 * The one live session of each user (Redis {@code chat_user_<id>} in a cluster, API.md j.2). A new login replaces
 * it, logout removes it, every request and handshake compares the token's session with it. All operations are
 * atomic per user.
 */
public interface SessionStorePort {
    /** Makes this the user's live session for {@code ttl}, whatever was there before. */
    void replace(UserId user, SessionId session, Duration ttl);

    Optional<SessionId> current(UserId user);

    /**
     * Removes the user's session only if it is still this one (a newer login survives an older logout).
     *
     * @return whether this session was the live one and is now gone
     */
    boolean remove(UserId user, SessionId session);

    /** Removes the user's session, whichever it is. */
    void removeAll(UserId user);
}
