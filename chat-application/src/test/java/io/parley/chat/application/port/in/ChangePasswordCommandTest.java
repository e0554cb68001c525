package io.parley.chat.application.port.in;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class ChangePasswordCommandTest {
    private static final UserId ALICE = UserId.of(1);

    @Test
    void carryBothPasswords() {
        ChangePasswordCommand command = ChangePasswordCommand.of(ALICE, "old", "new-secret", "new-secret");
        assertEquals("old", command.oldPassword().reveal());
        assertEquals("new-secret", command.newPassword().reveal());
        assertEquals(ALICE, command.user());
    }

    @Test
    void refuseAConfirmationThatDiffersNamingIt() {
        assertInvalid("checknewpassword", Problem.MISMATCH,
                () -> ChangePasswordCommand.of(ALICE, "secret1", "new-secret", "new-secreT"));
        assertInvalid("checknewpassword", Problem.MISMATCH,
                () -> ChangePasswordCommand.of(ALICE, "secret1", "new-secret", null));
    }

    @Test
    void holdTheNewPasswordToTheRulesButNotTheOldOne() {
        assertInvalid("newpassword", Problem.LENGTH, () -> ChangePasswordCommand.of(ALICE, "x", "short", "short"));
        assertInvalid("oldpassword", Problem.REQUIRED,
                () -> ChangePasswordCommand.of(ALICE, "", "new-secret", "new-secret"));
    }
}
