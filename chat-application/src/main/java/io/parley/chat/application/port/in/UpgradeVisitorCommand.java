package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.Password;
import io.parley.chat.domain.user.Username;
import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.util.Objects;

/** #5: the visitor of this device becomes a registered user with this name and password. */
public record UpgradeVisitorCommand(SignedDeviceRequest signed, Username username, Password password,
        String clientAddress) {
    public UpgradeVisitorCommand {
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    public static UpgradeVisitorCommand of(SignedDeviceRequest signed, String username, String password,
            String clientAddress) {
        return new UpgradeVisitorCommand(signed, new Username(username), Password.of("password", password),
                clientAddress);
    }
}
