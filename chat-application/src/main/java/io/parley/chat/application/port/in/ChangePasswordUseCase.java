package io.parley.chat.application.port.in;

/** #42 change my password: {@code WRONG_PASSWORD} when the old one does not match. The session stays. */
public interface ChangePasswordUseCase {
    void changePassword(ChangePasswordCommand command);
}
