package io.parley.chat.application.service;

import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.RegisterCommand;
import io.parley.chat.application.port.in.RegisterUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.PasswordHasherPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;

final class RegisterService implements RegisterUseCase {
    private final LoadUserPort loadUsers;
    private final SaveUserPort saveUsers;
    private final PasswordHasherPort passwords;
    private final ClockPort clock;
    private final IdGeneratorPort ids;
    private final SessionStarter sessions;

    RegisterService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHasherPort passwords, ClockPort clock,
            IdGeneratorPort ids, SessionStarter sessions) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.clock = clock;
        this.ids = ids;
        this.sessions = sessions;
    }

    @Override
    public LoginResult register(RegisterCommand command) {
        UniqueNames.requireFree(loadUsers, command.username());
        User created = UniqueNames.create(saveUsers, NewUser.registered(ids.newUuid(), command.username(),
                passwords.hash(command.password()), command.clientAddress(), clock.now()));
        return sessions.start(created, Role.USER, command.clientAddress());
    }
}
