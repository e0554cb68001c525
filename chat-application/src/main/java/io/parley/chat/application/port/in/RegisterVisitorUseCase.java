package io.parley.chat.application.port.in;

/**
 * #4 visitor register: checks the device signature and the rate limits, then logs in the visitor bound to the
 * device, creating it on first use. Never logs a device into a registered account.
 */
public interface RegisterVisitorUseCase {
    LoginResult registerVisitor(RegisterVisitorCommand command);
}
