package io.parley.chat.application.port.out;

import io.parley.chat.domain.session.TokenClaims;

/** Turns claims into a signed token and back. Thread-safe. */
public interface TokenCodecPort {
    String issue(TokenClaims claims);

    /**
     * @throws io.parley.chat.domain.shared.DomainException {@code TOKEN_INVALID} for a token that is malformed,
     *     wrongly signed or lacks a claim; {@code TOKEN_EXPIRED} for a well-signed token past its expiry
     */
    TokenClaims verify(String token);
}
