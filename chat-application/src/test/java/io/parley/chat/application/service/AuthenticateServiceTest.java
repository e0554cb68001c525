package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.domain.session.TokenClaims;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateServiceTest {
    private final TestCore test = TestCore.create();

    private AuthenticatedUser authenticate(String token) {
        return test.core().authenticate().authenticate(token);
    }

    @Test
    void recogniseTheCallerOfALiveSession() {
        LoginResult alice = test.register("alice_01", "secret1");
        AuthenticatedUser caller = authenticate(alice.token());
        assertEquals(alice.account().id(), caller.id());
        assertEquals("alice_01", caller.account().username());
        assertEquals(Role.USER, caller.tokenRole());
        assertFalse(caller.actsAsVisitor());
        assertEquals(test.tokens().claimsOf(alice.token()).sessionId(), caller.sessionId());
    }

    @Test
    void toleratePaddingAroundTheToken() {
        LoginResult alice = test.register("alice_01", "secret1");
        assertEquals(alice.account().id(), authenticate("  " + alice.token() + " ").id());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refuseAMissingToken(String token) {
        assertRefused(ReasonCode.TOKEN_MISSING, () -> authenticate(token));
    }

    @Test
    void refuseATokenItCannotRead() {
        assertRefused(ReasonCode.TOKEN_INVALID, () -> authenticate("not-a-token"));
    }

    @Test
    void refuseAnExpiredToken() {
        LoginResult alice = test.register("alice_01", "secret1");
        test.clock().advance(TestCore.TOKEN_TTL.plusSeconds(1));
        assertRefused(ReasonCode.TOKEN_EXPIRED, () -> authenticate(alice.token()));
    }

    @Test
    void acceptATokenUntilItExpires() {
        LoginResult alice = test.register("alice_01", "secret1");
        test.clock().advance(TestCore.TOKEN_TTL.minus(Duration.ofSeconds(1)));
        assertEquals(alice.account().id(), authenticate(alice.token()).id());
    }

    @Test
    void refuseATokenOfAUserWhoIsGone() {
        // a valid token naming a user the store does not know (deleted, or another database)
        LoginResult alice = test.register("alice_01", "secret1");
        TokenClaims claims = test.tokens().claimsOf(alice.token());
        String orphan = test.tokens().issue(new TokenClaims(UserId.of(9_999), Role.USER, claims.sessionId(),
                claims.issuedAt(), claims.expiresAt()));
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> authenticate(orphan));
    }

    @Test
    void refuseADisabledUser() {
        LoginResult alice = test.register("alice_01", "secret1");
        test.disable(alice.account().id());
        assertRefused(ReasonCode.USER_DISABLED, () -> authenticate(alice.token()));
    }

    @Test
    void tellADisabledUserWhyEvenWhenTheSessionWasReplaced() {
        LoginResult older = test.register("alice_01", "secret1");
        test.core().login().login(LoginCommand.of("alice_01", "secret1", null));
        test.disable(older.account().id());
        assertRefused(ReasonCode.USER_DISABLED, () -> authenticate(older.token()));
    }

    @Test
    void refuseAReplacedSession() {
        LoginResult older = test.register("alice_01", "secret1");
        test.core().login().login(LoginCommand.of("alice_01", "secret1", null));
        assertRefused(ReasonCode.TOKEN_INVALID, () -> authenticate(older.token()));
    }

    @Test
    void refuseATokenWhoseSessionHasEnded() {
        LoginResult alice = test.register("alice_01", "secret1");
        test.sessions().removeAll(alice.account().id());
        assertRefused(ReasonCode.TOKEN_INVALID, () -> authenticate(alice.token()));
    }

    @Test
    void reportAVisitorTokenAsSuch() {
        LoginResult visitor = test.visitorOf(TestCore.newDevice());
        AuthenticatedUser caller = authenticate(visitor.token());
        assertEquals(Role.VISITOR, caller.tokenRole());
        assertTrue(caller.actsAsVisitor());
        assertEquals(Role.VISITOR, caller.account().role());
    }
}
