package io.parley.chat.application.port.in;

/**
 * #2 log in: replaces the user's session (older tokens stop working, open sockets are closed with
 * {@code force_logout}). Unknown name or wrong password: {@code BAD_CREDENTIALS}; disabled: {@code USER_DISABLED}.
 */
public interface LoginUseCase {
    LoginResult login(LoginCommand command);
}
