package io.parley.chat.domain.relation;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FriendRequestStatusTest {
    @Test
    void speakTheSeedsWireNames() {
        assertEquals(List.of("pending", "refuse", "agree", "ignore"),
                List.of(FriendRequestStatus.values()).stream().map(FriendRequestStatus::wire).toList());
    }

    @Test
    void readEveryWireNameBackTrimmed() {
        for (FriendRequestStatus status : FriendRequestStatus.values()) {
            assertEquals(status, FriendRequestStatus.of("status", status.wire()));
        }
        assertEquals(FriendRequestStatus.AGREE, FriendRequestStatus.of("status", " agree "));
    }

    @Test
    void refuseAMissingStatusNamingTheField() {
        assertInvalid("status", Problem.REQUIRED, () -> FriendRequestStatus.of("status", null));
        assertInvalid("status", Problem.REQUIRED, () -> FriendRequestStatus.of("status", ""));
    }

    @Test
    void refuseAnyOtherValueNamingTheField() {
        for (String bad : new String[] {"AGREE", "agreed", "accept", "1", " "}) {
            assertInvalid("status", Problem.NOT_ONE_OF, () -> FriendRequestStatus.of("status", bad));
        }
        assertInvalid("decision", Problem.NOT_ONE_OF, () -> FriendRequestStatus.of("decision", "yes"));
    }
}
