package io.parley.chat.application.port.in;

/**
 * Token to caller, for every HTTP request and WebSocket handshake: {@code TOKEN_MISSING}, {@code TOKEN_INVALID},
 * {@code TOKEN_EXPIRED}, {@code USER_NOT_FOUND}, {@code USER_DISABLED} (checked before the session), and
 * {@code TOKEN_INVALID} when the token's session is no longer the user's live one.
 */
public interface AuthenticateUseCase {
    AuthenticatedUser authenticate(String token);
}
