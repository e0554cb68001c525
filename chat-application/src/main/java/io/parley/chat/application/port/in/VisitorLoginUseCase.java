package io.parley.chat.application.port.in;

/** #6 visitor login: the device checks of #4, then an ordinary login; the device binding is not changed. */
public interface VisitorLoginUseCase {
    LoginResult visitorLogin(VisitorLoginCommand command);
}
