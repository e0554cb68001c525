package io.parley.chat.application.local;

import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.domain.session.SessionId;
import java.util.UUID;

/** Random UUIDs (v4, from a cryptographically strong source) for public ids and sessions. */
public final class RandomIds implements IdGeneratorPort {
    @Override
    public String newUuid() {
        return UUID.randomUUID().toString();
    }

    @Override
    public SessionId newSessionId() {
        return new SessionId(UUID.randomUUID().toString().replace("-", ""));
    }
}
