package io.parley.chat.application.port.in;

/**
 * #5 visitor upgrade: the device's visitor becomes a registered user in place (same id, same friends, groups and
 * messages) and its device is released; with no visitor on the device a new user is created. Then logs in.
 */
public interface UpgradeVisitorUseCase {
    LoginResult upgradeVisitor(UpgradeVisitorCommand command);
}
