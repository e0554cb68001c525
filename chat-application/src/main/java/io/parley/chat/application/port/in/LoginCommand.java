package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.user.Password;
import java.util.Objects;

/** #2: log in with a username and password. */
public record LoginCommand(String username, Password password, String clientAddress) {
    public LoginCommand {
        Ensure.length("username", username, 1, 50);
        Objects.requireNonNull(password, "password");
    }

    public static LoginCommand of(String username, String password, String clientAddress) {
        Ensure.length("username", username, 1, 50);
        return new LoginCommand(username, Password.forCheck("password", password), clientAddress);
    }
}
