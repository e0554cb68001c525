package io.parley.chat.application.contract;

import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Fresh users for contract tests of stores that refer to users (relations, messages). Random names, so a shared
 * database needs no cleaning between tests.
 */
public final class ContractUsers {
    /** Stores keep time to the millisecond at best; whole seconds compare equal everywhere. */
    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final SaveUserPort users;

    public ContractUsers(SaveUserPort users) {
        this.users = users;
    }

    public User registered() {
        return users.create(NewUser.registered(UUID.randomUUID().toString(), freshName(), "hash", "127.0.0.1", NOW));
    }

    public User visitor() {
        return users.create(NewUser.visitor(UUID.randomUUID().toString(), freshName(), "hash",
                new DeviceId(UUID.randomUUID().toString()), DeviceInfo.UNKNOWN, "127.0.0.1", NOW));
    }

    private static Username freshName() {
        return new Username("u" + UUID.randomUUID().toString().replace("-", "").substring(0, 15));
    }
}
