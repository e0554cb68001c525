package io.parley.chat.application.port.in;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class FriendVisibilityCommandTest {
    private static final UserId ANN = UserId.of(1);

    @Test
    void readBothFlags() {
        assertEquals(new FriendVisibilityCommand(ANN, UserId.of(5), false, true),
                FriendVisibilityCommand.of(ANN, "5", "0", "1"));
        assertEquals(new FriendVisibilityCommand(ANN, UserId.of(5), true, false),
                FriendVisibilityCommand.of(ANN, "5", " 1", "0 "));
    }

    @Test
    void requireBothFlags() {
        assertInvalid("friendlookme", Problem.REQUIRED, () -> FriendVisibilityCommand.of(ANN, "5", null, "1"));
        assertInvalid("melookfriend", Problem.REQUIRED, () -> FriendVisibilityCommand.of(ANN, "5", "1", ""));
    }

    @Test
    void refuseAnythingButZeroOrOneNamingTheFlag() {
        assertInvalid("friendlookme", Problem.NOT_ONE_OF, () -> FriendVisibilityCommand.of(ANN, "5", "2", "1"));
        assertInvalid("melookfriend", Problem.OUT_OF_RANGE, () -> FriendVisibilityCommand.of(ANN, "5", "1", "-1"));
        assertInvalid("melookfriend", Problem.NOT_INTEGER, () -> FriendVisibilityCommand.of(ANN, "5", "1", "true"));
    }

    @Test
    void refuseABadFriendId() {
        assertInvalid("id", Problem.NOT_INTEGER, () -> FriendVisibilityCommand.of(ANN, "five", "1", "1"));
        assertInvalid("id", Problem.OUT_OF_RANGE, () -> FriendVisibilityCommand.of(ANN, "0", "1", "1"));
    }
}
