package io.parley.chat.application.port.out;

import io.parley.chat.domain.session.SessionId;

/** New public ids. Thread-safe; ids never repeat. */
public interface IdGeneratorPort {
    /** A random UUID v4 in its 36-character form. */
    String newUuid();

    SessionId newSessionId();
}
