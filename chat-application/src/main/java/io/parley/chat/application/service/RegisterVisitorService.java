package io.parley.chat.application.service;

import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.RegisterVisitorCommand;
import io.parley.chat.application.port.in.RegisterVisitorUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.application.port.out.PasswordHasherPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.application.port.out.SaveUserPort.UniqueConflict;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.SystemNotices;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Password;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.Username;
import io.parley.chat.domain.visitor.VisitorUsernames;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

final class RegisterVisitorService implements RegisterVisitorUseCase {
    private static final System.Logger LOG = System.getLogger(RegisterVisitorService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoadUserPort loadUsers;
    private final SaveUserPort saveUsers;
    private final PasswordHasherPort passwords;
    private final ClockPort clock;
    private final IdGeneratorPort ids;
    private final DeviceGate gate;
    private final SessionStarter sessions;
    private final MessageStorePort messages;
    private final Delivery delivery;

    RegisterVisitorService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHasherPort passwords,
            ClockPort clock, IdGeneratorPort ids, DeviceGate gate, SessionStarter sessions,
            MessageStorePort messages, Delivery delivery) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.clock = clock;
        this.ids = ids;
        this.gate = gate;
        this.sessions = sessions;
        this.messages = messages;
        this.delivery = delivery;
    }

    @Override
    public LoginResult registerVisitor(RegisterVisitorCommand command) {
        DeviceId device = gate.admit(command.signed(), command.clientAddress());
        User visitor = boundVisitor(device).orElseGet(() -> createVisitor(device, command));
        if (!visitor.isEnabled()) {
            throw new DomainException(ReasonCode.USER_DISABLED);
        }
        if (!command.deviceInfo().equals(DeviceInfo.UNKNOWN) && !command.deviceInfo().equals(visitor.deviceInfo())) {
            visitor = visitor.withDeviceInfo(command.deviceInfo(), clock.now());
        }
        return sessions.start(visitor, Role.VISITOR, command.clientAddress());
    }

    /** The device's visitor; a registered account found on the device (older data) is released, never logged in. */
    private Optional<User> boundVisitor(DeviceId device) {
        Optional<User> bound = loadUsers.byDevice(device);
        if (bound.isPresent() && !bound.get().isVisitor()) {
            saveUsers.update(bound.get().releasingDevice(clock.now()));
            return Optional.empty();
        }
        return bound;
    }

    private User createVisitor(DeviceId device, RegisterVisitorCommand command) {
        Instant now = clock.now();
        String passwordHash = passwords.hash(Password.of("password", "%06d".formatted(RANDOM.nextInt(1_000_000))));
        for (Username candidate : VisitorUsernames.candidates(device)) {
            if (loadUsers.byUsername(candidate.value()).isPresent()) {
                continue;
            }
            try {
                User created = saveUsers.create(NewUser.visitor(ids.newUuid(), candidate, passwordHash, device,
                        command.deviceInfo(), command.clientAddress(), now));
                welcome(created);
                return created;
            } catch (UniqueConflict conflict) {
                if (conflict.kind() == UniqueConflict.Kind.DEVICE) {
                    // the same device registered in parallel: both requests log in the one visitor
                    return loadUsers.byDevice(device).orElseThrow(() -> conflict);
                }
            }
        }
        throw new DomainException(ReasonCode.USERNAME_TAKEN);
    }

    /**
     * N-0: only a visitor created now is greeted, so the greeting comes once per device. It usually waits in the inbox
     * until the visitor connects. A greeting that cannot be stored must not cost the visitor its login: the account
     * exists already, and a failed request would log it in next time, ungreeted all the same.
     */
    private void welcome(User visitor) {
        try {
            Message notice = messages.appendNotice(SystemNotices.visitorWelcome(new MessageId(ids.newUuid()), visitor,
                    clock.now()));
            delivery.deliver(visitor.id(), notice);
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "could not greet new visitor " + visitor.id(), failed);
        }
    }
}
