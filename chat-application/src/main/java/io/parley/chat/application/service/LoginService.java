package io.parley.chat.application.service;

import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.LoginUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.PasswordHasherPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

final class LoginService implements LoginUseCase {
    private final LoadUserPort loadUsers;
    private final PasswordHasherPort passwords;
    private final ClockPort clock;
    private final SessionStarter sessions;

    LoginService(LoadUserPort loadUsers, PasswordHasherPort passwords, ClockPort clock, SessionStarter sessions) {
        this.loadUsers = loadUsers;
        this.passwords = passwords;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Override
    public LoginResult login(LoginCommand command) {
        // an unknown name answers like a wrong password, so that logins do not reveal who exists (API.md j.10)
        User user = loadUsers.byUsername(command.username())
                .orElseThrow(() -> new DomainException(ReasonCode.BAD_CREDENTIALS));
        if (!user.isEnabled()) {
            throw new DomainException(ReasonCode.USER_DISABLED);
        }
        PasswordHasherPort.Check check = passwords.verify(command.password(), user.passwordHash());
        if (!check.matches()) {
            throw new DomainException(ReasonCode.BAD_CREDENTIALS);
        }
        if (check == PasswordHasherPort.Check.MATCH_NEEDS_REHASH) {
            user = user.withPasswordHash(passwords.hash(command.password()), clock.now());
        }
        return sessions.start(user, user.role(), command.clientAddress());
    }
}
