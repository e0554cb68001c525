package io.parley.chat.application.port.in;

import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.util.Objects;

/** #6: a registered user logs in from a device that is known as a visitor. */
public record VisitorLoginCommand(SignedDeviceRequest signed, LoginCommand login) {
    public VisitorLoginCommand {
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(login, "login");
    }

    public static VisitorLoginCommand of(SignedDeviceRequest signed, String username, String password,
            String clientAddress) {
        return new VisitorLoginCommand(signed, LoginCommand.of(username, password, clientAddress));
    }
}
