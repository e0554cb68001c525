package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.application.port.out.SaveUserPort.UniqueConflict;
import io.parley.chat.domain.settings.ChatSettings;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserStatus;
import io.parley.chat.domain.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every user store does (the Hibernate adapter on H2, PostgreSQL and MariaDB, and any in-memory one).
 * Tests use fresh random names, so a shared database needs no cleaning between them.
 */
public abstract class UserStoreContract {
    protected abstract LoadUserPort loadUsers();

    protected abstract SaveUserPort saveUsers();

    /** Stores keep time to the millisecond at best; compare at that precision. */
    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    protected static Username freshName() {
        return new Username("u" + UUID.randomUUID().toString().replace("-", "").substring(0, 15));
    }

    protected static DeviceId freshDevice() {
        return new DeviceId(UUID.randomUUID().toString());
    }

    protected User register(Username name) {
        return saveUsers().create(NewUser.registered(UUID.randomUUID().toString(), name, "hash-of-" + name,
                "127.0.0.1", NOW));
    }

    @Test
    void aCreatedUserCanBeFoundByIdUuidAndName() {
        Username name = freshName();
        User created = register(name);
        assertEquals(Optional.of(created), loadUsers().byId(created.id()));
        assertEquals(Optional.of(created), loadUsers().byUuid(created.uuid()));
        assertEquals(Optional.of(created), loadUsers().byUsername(name.value()));
        assertEquals(Role.USER, created.role());
        assertEquals(UserStatus.ENABLED, created.status());
        assertEquals(User.DEFAULT_AVATAR, created.avatar());
        assertEquals("", created.nickname());
        assertEquals(ChatSettings.DEFAULT, created.settings().chat());
        assertEquals(Optional.empty(), created.boundDevice());
        assertEquals(NOW, created.registerTime());
    }

    @Test
    void usersGetDistinctIds() {
        assertFalse(register(freshName()).id().equals(register(freshName()).id()));
    }

    @Test
    void unknownUsersAreNotFound() {
        assertEquals(Optional.empty(), loadUsers().byUsername(freshName().value()));
        assertEquals(Optional.empty(), loadUsers().byUuid(UUID.randomUUID().toString()));
        assertEquals(Optional.empty(), loadUsers().byDevice(freshDevice()));
    }

    @Test
    void aTakenUsernameIsAConflict() {
        Username name = freshName();
        register(name);
        UniqueConflict conflict = assertThrows(UniqueConflict.class, () -> register(name));
        assertEquals(UniqueConflict.Kind.USERNAME, conflict.kind());
    }

    @Test
    void aVisitorIsFoundByItsDevice() {
        DeviceId device = freshDevice();
        DeviceInfo info = new DeviceInfo("web", "Pixel", "Android 14", "Google");
        User visitor = saveUsers().create(NewUser.visitor(UUID.randomUUID().toString(), freshName(), "h", device,
                info, "10.0.0.1", NOW));
        assertEquals(Optional.of(visitor), loadUsers().byDevice(device));
        assertEquals(Role.VISITOR, visitor.role());
        assertEquals(info, visitor.deviceInfo());
    }

    @Test
    void aDeviceIsBoundToOneUserOnly() {
        DeviceId device = freshDevice();
        saveUsers().create(NewUser.visitor(UUID.randomUUID().toString(), freshName(), "h", device,
                DeviceInfo.UNKNOWN, null, NOW));
        UniqueConflict conflict = assertThrows(UniqueConflict.class, () -> saveUsers().create(NewUser.visitor(
                UUID.randomUUID().toString(), freshName(), "h", device, DeviceInfo.UNKNOWN, null, NOW)));
        assertEquals(UniqueConflict.Kind.DEVICE, conflict.kind());
    }

    @Test
    void manyRegisteredUsersHaveNoDevice() {
        // G-DB1: the device column is unique only when present
        register(freshName());
        register(freshName());
        register(freshName());
    }

    @Test
    void anUpdateStoresEveryChangedField() {
        User user = register(freshName());
        Instant later = NOW.plusSeconds(60);
        UserSettings settings = new UserSettings("{\"chatset\":{\"visitor\":{\"sendCount\":0,\"needFollow\":true}},"
                + "\"theme\":\"dark\"}", new ChatSettings(new SendPolicy(0, true), SendPolicy.DEFAULT));
        User changed = user.withNickname("小明", later)
                .withAvatar("/public/a.png", later)
                .withInviteConfirm(1, later)
                .withSettings(settings, later)
                .withPasswordHash("new-hash", later)
                .withStatus(UserStatus.DISABLED, later)
                .loggedIn(later, "192.168.1.9");
        saveUsers().update(changed);
        assertEquals(Optional.of(changed), loadUsers().byId(user.id()));
    }

    @Test
    void anUpgradedVisitorKeepsItsIdAndReleasesItsDevice() {
        DeviceId device = freshDevice();
        User visitor = saveUsers().create(NewUser.visitor(UUID.randomUUID().toString(), freshName(), "h", device,
                DeviceInfo.UNKNOWN, null, NOW));
        Username name = freshName();
        User upgraded = saveUsers().update(visitor.upgradedTo(name, "new-hash", NOW.plusSeconds(1)));
        assertEquals(visitor.id(), upgraded.id());
        assertEquals(Optional.of(upgraded), loadUsers().byUsername(name.value()));
        assertEquals(Optional.empty(), loadUsers().byDevice(device));
    }

    @Test
    void renamingToATakenNameIsAConflict() {
        Username taken = freshName();
        register(taken);
        User visitor = saveUsers().create(NewUser.visitor(UUID.randomUUID().toString(), freshName(), "h",
                freshDevice(), DeviceInfo.UNKNOWN, null, NOW));
        UniqueConflict conflict = assertThrows(UniqueConflict.class,
                () -> saveUsers().update(visitor.upgradedTo(taken, "h", NOW)));
        assertEquals(UniqueConflict.Kind.USERNAME, conflict.kind());
    }

    @Test
    void twoConcurrentRegistrationsOfOneNameCreateOneUser() throws Exception {
        Username name = freshName();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> {
                    try {
                        register(name);
                        return true;
                    } catch (UniqueConflict expected) {
                        return false;
                    }
                });
            }
            int created = 0;
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                created += attempt.get() ? 1 : 0;
            }
            assertEquals(1, created);
            assertTrue(loadUsers().byUsername(name.value()).isPresent());
        } finally {
            pool.shutdownNow();
        }
    }
}
