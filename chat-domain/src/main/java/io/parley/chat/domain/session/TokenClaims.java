package io.parley.chat.domain.session;

import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * All a token says (API.md j.2): who, in which role, for which session, until when. Never profile data or a
 * password hash.
 */
public record TokenClaims(UserId userId, Role role, SessionId sessionId, Instant issuedAt, Instant expiresAt) {
    public TokenClaims {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token expires after it is issued");
        }
    }
}
