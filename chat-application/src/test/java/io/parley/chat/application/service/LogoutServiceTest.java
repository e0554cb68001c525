package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.RecordedDisconnects.Disconnect;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.shared.ReasonCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogoutServiceTest {
    private final TestCore test = TestCore.create();

    private AuthenticatedUser caller(LoginResult login) {
        return test.core().authenticate().authenticate(login.token());
    }

    @Test
    void endTheSessionSoTheTokenNoLongerWorks() {
        LoginResult alice = test.register("alice_01", "secret1");
        test.core().logout().logout(caller(alice));
        assertEquals(Optional.empty(), test.sessions().current(alice.account().id()));
        assertRefused(ReasonCode.TOKEN_INVALID, () -> caller(alice));
    }

    @Test
    void closeTheUsersConnectionsAsLoggedOut() {
        LoginResult alice = test.register("alice_01", "secret1");
        test.disconnects().forget();
        test.core().logout().logout(caller(alice));
        assertEquals(List.of(new Disconnect(alice.account().id(), DisconnectReason.LOGGED_OUT)),
                test.disconnects().all());
    }

    @Test
    void letAnOlderSessionsLogoutLeaveTheNewerSessionAlone() {
        // a logout that was authenticated just before the same user logged in again elsewhere
        LoginResult older = test.register("alice_01", "secret1");
        AuthenticatedUser olderCaller = caller(older);
        LoginResult newer = test.core().login().login(LoginCommand.of("alice_01", "secret1", "10.3.0.1"));
        test.disconnects().forget();

        test.core().logout().logout(olderCaller);

        assertEquals(newer.account().id(), caller(newer).id());
        assertEquals(List.of(), test.disconnects().all(), "the newer session's connections stay open");
    }

    @Test
    void letAUserLogInAgainAfterLoggingOut() {
        LoginResult alice = test.register("alice_01", "secret1");
        test.core().logout().logout(caller(alice));
        LoginResult again = test.core().login().login(LoginCommand.of("alice_01", "secret1", null));
        assertEquals(alice.account().id(), caller(again).id());
    }
}
