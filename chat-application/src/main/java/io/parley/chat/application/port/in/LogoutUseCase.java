package io.parley.chat.application.port.in;

/** #3 log out: the session ends and the user's sockets are closed (4000). */
public interface LogoutUseCase {
    void logout(AuthenticatedUser caller);
}
