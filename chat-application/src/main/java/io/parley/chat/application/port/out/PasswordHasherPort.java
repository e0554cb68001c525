package io.parley.chat.application.port.out;

import io.parley.chat.domain.user.Password;

/** Hashes passwords with a per-user salt and a slow function; recognises older hashes. Thread-safe. */
public interface PasswordHasherPort {
    String hash(Password password);

    Check verify(Password password, String storedHash);

    enum Check {
        MISMATCH,
        MATCH,
        /** Right password, stored in an outdated form (e.g. unsalted SHA-256): store a new hash. */
        MATCH_NEEDS_REHASH;

        public boolean matches() {
            return this != MISMATCH;
        }
    }
}
