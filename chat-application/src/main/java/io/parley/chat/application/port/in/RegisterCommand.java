package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.Password;
import io.parley.chat.domain.user.Username;
import java.util.Objects;

/** #1: a new registered account. {@code clientAddress} is recorded as the register and login address. */
public record RegisterCommand(Username username, Password password, String clientAddress) {
    public RegisterCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    public static RegisterCommand of(String username, String password, String clientAddress) {
        return new RegisterCommand(new Username(username), Password.of("password", password), clientAddress);
    }
}
