package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.ChangePasswordCommand;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {
    private final TestCore test = TestCore.create();

    private void change(UserId user, String oldPassword, String newPassword) {
        test.core().changePassword().changePassword(ChangePasswordCommand.of(user, oldPassword, newPassword,
                newPassword));
    }

    private LoginResult login(String username, String password) {
        return test.core().login().login(LoginCommand.of(username, password, null));
    }

    @Test
    void letTheNewPasswordLogInAndTheOldOneNot() {
        UserId alice = test.register("alice_01", "secret1").account().id();
        change(alice, "secret1", "better-secret");
        assertEquals(alice, login("alice_01", "better-secret").account().id());
        assertRefused(ReasonCode.BAD_CREDENTIALS, () -> login("alice_01", "secret1"));
    }

    @Test
    void keepTheCurrentSession() {
        LoginResult alice = test.register("alice_01", "secret1");
        change(alice.account().id(), "secret1", "better-secret");
        assertEquals(alice.account().id(), test.core().authenticate().authenticate(alice.token()).id());
    }

    @Test
    void refuseAWrongOldPassword() {
        UserId alice = test.register("alice_01", "secret1").account().id();
        String before = test.stored(alice).passwordHash();
        assertRefused(ReasonCode.WRONG_PASSWORD, () -> change(alice, "not-it", "better-secret"));
        assertEquals(before, test.stored(alice).passwordHash());
    }

    @Test
    void refuseAVisitor() {
        UserId visitor = test.visitorOf(TestCore.newDevice()).account().id();
        String before = test.stored(visitor).passwordHash();
        assertRefused(ReasonCode.VISITOR_FORBIDDEN, () -> change(visitor, "123456", "better-secret"));
        assertEquals(before, test.stored(visitor).passwordHash());
    }

    @Test
    void refuseAUserWhoIsGone() {
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> change(UserId.of(404), "secret1", "better-secret"));
    }
}
