package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ChangePasswordCommand;
import io.parley.chat.application.port.in.ChangePasswordUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.PasswordHasherPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

final class ChangePasswordService implements ChangePasswordUseCase {
    private final LoadUserPort loadUsers;
    private final SaveUserPort saveUsers;
    private final PasswordHasherPort passwords;
    private final ClockPort clock;

    ChangePasswordService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHasherPort passwords,
            ClockPort clock) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        User user = Users.existing(loadUsers, command.user());
        if (user.isVisitor()) {
            throw new DomainException(ReasonCode.VISITOR_FORBIDDEN);
        }
        if (!passwords.verify(command.oldPassword(), user.passwordHash()).matches()) {
            throw new DomainException(ReasonCode.WRONG_PASSWORD);
        }
        saveUsers.update(user.withPasswordHash(passwords.hash(command.newPassword()), clock.now()));
    }
}
