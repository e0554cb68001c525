package io.parley.chat.application.port.in;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class ApplyFriendCommandTest {
    private static final UserId ANN = UserId.of(1);

    @Test
    void readTheTargetAndTheTrimmedText() {
        assertEquals(new ApplyFriendCommand(ANN, UserId.of(7), "hello"), ApplyFriendCommand.of(ANN, " 7 ", " hello "));
    }

    @Test
    void takeNoTextAsAnEmptyOne() {
        assertEquals("", ApplyFriendCommand.of(ANN, "7", null).text());
        assertEquals("", ApplyFriendCommand.of(ANN, "7", "  ").text());
    }

    @Test
    void acceptFiftyCharactersOfTextCountingCodePoints() {
        assertEquals(50, ApplyFriendCommand.of(ANN, "7", "好".repeat(50)).text().length());
        assertEquals(100, ApplyFriendCommand.of(ANN, "7", "😀".repeat(50)).text().length());
    }

    @Test
    void refuseALongerTextAsTheNickname() {
        assertInvalid("nickname", Problem.TOO_LONG, () -> ApplyFriendCommand.of(ANN, "7", "x".repeat(51)));
    }

    @Test
    void refuseAMissingOrBadFriendId() {
        assertInvalid("friend_id", Problem.REQUIRED, () -> ApplyFriendCommand.of(ANN, null, "hi"));
        assertInvalid("friend_id", Problem.REQUIRED, () -> ApplyFriendCommand.of(ANN, "", "hi"));
        assertInvalid("friend_id", Problem.NOT_INTEGER, () -> ApplyFriendCommand.of(ANN, "seven", "hi"));
        assertInvalid("friend_id", Problem.OUT_OF_RANGE, () -> ApplyFriendCommand.of(ANN, "0", "hi"));
        assertInvalid("friend_id", Problem.OUT_OF_RANGE, () -> ApplyFriendCommand.of(ANN, "-3", "hi"));
    }

    @Test
    void needBothUsers() {
        assertThrows(NullPointerException.class, () -> new ApplyFriendCommand(null, UserId.of(7), ""));
        assertThrows(NullPointerException.class, () -> new ApplyFriendCommand(ANN, null, ""));
    }
}
