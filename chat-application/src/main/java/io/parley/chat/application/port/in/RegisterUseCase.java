package io.parley.chat.application.port.in;

/** #1 register, then log in with the same credentials. Refuses a taken name with {@code USERNAME_TAKEN}. */
public interface RegisterUseCase {
    LoginResult register(RegisterCommand command);
}
