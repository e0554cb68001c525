package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.FakePasswordHasher;
import io.parley.chat.application.fixtures.RecordedDisconnects.Disconnect;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.session.TokenClaims;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.Username;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
    private final TestCore test = TestCore.create();

    private LoginResult login(String username, String password) {
        return test.core().login().login(LoginCommand.of(username, password, "10.9.9.9"));
    }

    @Test
    void logInWithTheRightPassword() {
        UserId alice = test.register("alice_01", "secret1").account().id();
        test.clock().advance(Duration.ofMinutes(5));
        LoginResult result = login("alice_01", "secret1");
        assertEquals(alice, result.account().id());
        assertEquals(test.clock().now(), result.account().lastLogin());
        assertEquals("10.9.9.9", result.account().lastLoginIp());
        assertEquals(test.clock().now(), test.stored(alice).lastLogin());
        assertEquals(alice, test.core().authenticate().authenticate(result.token()).id());
    }

    @Test
    void issueATokenThatSaysOnlyWhoForWhichSessionUntilWhen() {
        LoginResult result = test.register("alice_01", "secret1");
        TokenClaims claims = test.tokens().claimsOf(result.token());
        assertEquals(result.account().id(), claims.userId());
        assertEquals(Role.USER, claims.role());
        assertEquals(test.sessions().current(claims.userId()).orElseThrow(), claims.sessionId());
        assertEquals(test.clock().now().plus(TestCore.TOKEN_TTL), claims.expiresAt());
    }

    @Test
    void refuseAnUnknownUsernameLikeAWrongPassword() {
        assertRefused(ReasonCode.BAD_CREDENTIALS, () -> login("nobody_here", "secret1"));
    }

    @Test
    void refuseAWrongPassword() {
        test.register("alice_01", "secret1");
        assertRefused(ReasonCode.BAD_CREDENTIALS, () -> login("alice_01", "secret2"));
    }

    @Test
    void refuseADisabledUserEvenWithTheRightPassword() {
        UserId alice = test.register("alice_01", "secret1").account().id();
        test.disable(alice);
        assertRefused(ReasonCode.USER_DISABLED, () -> login("alice_01", "secret1"));
    }

    @Test
    void rehashALegacyHashAndStoreIt() {
        User imported = test.users().create(NewUser.registered(UUID.randomUUID().toString(),
                new Username("old_timer"), FakePasswordHasher.legacyHash("oldpass"), null, test.clock().now()));
        login("old_timer", "oldpass");
        String stored = test.stored(imported.id()).passwordHash();
        assertTrue(FakePasswordHasher.isCurrent(stored), stored);
        assertEquals(imported.id(), login("old_timer", "oldpass").account().id());
        assertRefused(ReasonCode.BAD_CREDENTIALS, () -> login("old_timer", "wrong-pass"));
    }

    @Test
    void keepACurrentHashAsItIs() {
        UserId alice = test.register("alice_01", "secret1").account().id();
        String before = test.stored(alice).passwordHash();
        login("alice_01", "secret1");
        assertEquals(before, test.stored(alice).passwordHash());
    }

    @Test
    void endTheEarlierSessionOnASecondLogin() {
        LoginResult first = login(registered(), "secret1");
        LoginResult second = login("alice_01", "secret1");
        assertNotEquals(first.token(), second.token());
        assertRefused(ReasonCode.TOKEN_INVALID, () -> test.core().authenticate().authenticate(first.token()));
        assertEquals(second.account().id(), test.core().authenticate().authenticate(second.token()).id());
    }

    @Test
    void closeTheEarlierConnectionsAsReplaced() {
        UserId alice = test.register("alice_01", "secret1").account().id();
        test.disconnects().forget();
        login("alice_01", "secret1");
        assertEquals(List.of(new Disconnect(alice, DisconnectReason.REPLACED)), test.disconnects().all());
    }

    @Test
    void leaveOtherUsersLoggedIn() {
        LoginResult bob = test.register("bob_0002", "secret2");
        test.disconnects().forget();
        login(registered(), "secret1");
        assertEquals(bob.account().id(), test.core().authenticate().authenticate(bob.token()).id());
        assertEquals(List.of(), test.disconnects().of(bob.account().id()));
    }

    /** Registers alice and forgets what registering did, so that a test sees only its logins. */
    private String registered() {
        test.register("alice_01", "secret1");
        test.disconnects().forget();
        return "alice_01";
    }
}
