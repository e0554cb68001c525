package io.parley.chat.application.service;

import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.LoginUseCase;
import io.parley.chat.application.port.in.VisitorLoginCommand;
import io.parley.chat.application.port.in.VisitorLoginUseCase;

final class VisitorLoginService implements VisitorLoginUseCase {
    private final DeviceGate gate;
    private final LoginUseCase login;

    VisitorLoginService(DeviceGate gate, LoginUseCase login) {
        this.gate = gate;
        this.login = login;
    }

    @Override
    public LoginResult visitorLogin(VisitorLoginCommand command) {
        gate.admit(command.signed(), command.login().clientAddress());
        return login.login(command.login());
    }
}
