package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import io.parley.chat.application.fixtures.FakePasswordHasher;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterServiceTest {
    private final TestCore test = TestCore.create();

    @Test
    void createAnEnabledUserAndLogItIn() {
        LoginResult result = test.register("alice_01", "secret1");
        assertEquals("alice_01", result.account().username());
        assertEquals(Role.USER, result.account().role());
        assertEquals(UserStatus.ENABLED, result.account().status());
        assertNull(result.account().deviceId());
        assertEquals(36, result.account().uuid().length());
        assertEquals("10.1.0.1", result.account().registerIp());
        assertEquals(test.clock().now(), result.account().lastLogin());
        AuthenticatedUser caller = test.core().authenticate().authenticate(result.token());
        assertEquals(result.account().id(), caller.id());
        assertEquals(Role.USER, caller.tokenRole());
    }

    @Test
    void storeAHashNotThePassword() {
        LoginResult result = test.register("alice_01", "secret1");
        User stored = test.stored(result.account().id());
        assertTrue(FakePasswordHasher.isCurrent(stored.passwordHash()), stored.passwordHash());
    }

    @Test
    void refuseATakenUsername() {
        test.register("alice_01", "secret1");
        assertRefused(ReasonCode.USERNAME_TAKEN, () -> test.register("alice_01", "other-secret"));
        assertEquals(1, test.users().count());
    }

    @Test
    void refuseATakenUsernameWhenTheStoreFindsItInARace() {
        // the look-up misses the name (another request is creating it), the store's constraint catches it
        TestCore racing = TestCore.readingUsersThrough(users -> {
            LoadUserPort blind = mock(LoadUserPort.class, delegatesTo(users));
            doReturn(Optional.empty()).when(blind).byUsername("alice_01");
            return blind;
        });
        racing.register("alice_01", "secret1");
        assertRefused(ReasonCode.USERNAME_TAKEN, () -> racing.register("alice_01", "other-secret"));
        assertEquals(1, racing.users().count());
    }

    @Test
    void giveEveryUserItsOwnPublicId() {
        String first = test.register("alice_01", "secret1").account().uuid();
        String second = test.register("bob_0002", "secret2").account().uuid();
        assertNotEquals(first, second);
    }
}
