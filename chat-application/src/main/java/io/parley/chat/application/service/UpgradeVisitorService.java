package io.parley.chat.application.service;

import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.UpgradeVisitorCommand;
import io.parley.chat.application.port.in.UpgradeVisitorUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.PasswordHasherPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import java.time.Instant;
import java.util.Optional;

final class UpgradeVisitorService implements UpgradeVisitorUseCase {
    private final LoadUserPort loadUsers;
    private final SaveUserPort saveUsers;
    private final PasswordHasherPort passwords;
    private final ClockPort clock;
    private final IdGeneratorPort ids;
    private final DeviceGate gate;
    private final SessionStarter sessions;

    UpgradeVisitorService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHasherPort passwords,
            ClockPort clock, IdGeneratorPort ids, DeviceGate gate, SessionStarter sessions) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.clock = clock;
        this.ids = ids;
        this.gate = gate;
        this.sessions = sessions;
    }

    @Override
    public LoginResult upgradeVisitor(UpgradeVisitorCommand command) {
        DeviceId device = gate.admit(command.signed(), command.clientAddress());
        UniqueNames.requireFree(loadUsers, command.username());
        Instant now = clock.now();
        String passwordHash = passwords.hash(command.password());
        Optional<User> visitor = loadUsers.byDevice(device).filter(User::isVisitor);
        User registered;
        if (visitor.isPresent()) {
            if (!visitor.get().isEnabled()) {
                throw new DomainException(ReasonCode.USER_DISABLED);
            }
            registered = UniqueNames.update(saveUsers, visitor.get().upgradedTo(command.username(), passwordHash, now));
        } else {
            registered = UniqueNames.create(saveUsers, NewUser.registered(ids.newUuid(), command.username(),
                    passwordHash, command.clientAddress(), now));
        }
        return sessions.start(registered, Role.USER, command.clientAddress());
    }
}
