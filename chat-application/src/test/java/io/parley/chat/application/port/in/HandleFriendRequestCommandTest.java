package io.parley.chat.application.port.in;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class HandleFriendRequestCommandTest {
    private static final UserId BEN = UserId.of(2);

    @Test
    void readTheRequestTheDecisionAndTheTrimmedRemark() {
        assertEquals(new HandleFriendRequestCommand(BEN, 12, FriendRequestStatus.AGREE, "Annie"),
                HandleFriendRequestCommand.of(BEN, "12", "agree", " Annie "));
        assertEquals(new HandleFriendRequestCommand(BEN, 12, FriendRequestStatus.IGNORE, ""),
                HandleFriendRequestCommand.of(BEN, "12", "ignore", null));
    }

    @Test
    void acceptEveryStatusOfTheSeed() {
        for (FriendRequestStatus status : FriendRequestStatus.values()) {
            assertEquals(status, HandleFriendRequestCommand.of(BEN, "1", status.wire(), "").decision());
        }
    }

    @Test
    void refuseAMissingOrUnknownStatus() {
        assertInvalid("status", Problem.REQUIRED, () -> HandleFriendRequestCommand.of(BEN, "12", null, ""));
        assertInvalid("status", Problem.NOT_ONE_OF, () -> HandleFriendRequestCommand.of(BEN, "12", "accept", ""));
    }

    @Test
    void refuseABadRequestId() {
        assertInvalid("id", Problem.REQUIRED, () -> HandleFriendRequestCommand.of(BEN, null, "agree", ""));
        assertInvalid("id", Problem.NOT_INTEGER, () -> HandleFriendRequestCommand.of(BEN, "x1", "agree", ""));
        assertInvalid("id", Problem.OUT_OF_RANGE, () -> HandleFriendRequestCommand.of(BEN, "0", "agree", ""));
    }

    @Test
    void refuseARemarkLongerThanFiftyCharacters() {
        assertInvalid("nickname", Problem.TOO_LONG,
                () -> HandleFriendRequestCommand.of(BEN, "12", "agree", "n".repeat(51)));
        assertEquals(50, HandleFriendRequestCommand.of(BEN, "12", "agree", "n".repeat(50)).remark().length());
    }
}
