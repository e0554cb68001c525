package io.parley.chat.domain.relation;

import static io.parley.chat.domain.shared.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FriendRequestTest {
    private static final UserId ANN = UserId.of(1);
    private static final UserId BEN = UserId.of(2);
    private static final UserId CAL = UserId.of(3);
    private static final Instant AT = Instant.parse("2024-03-01T09:00:00Z");

    private static FriendRequest request(FriendRequestStatus status) {
        return new FriendRequest(9, ANN, BEN, "hi, it is Ann", status, AT);
    }

    @Test
    void theTargetDecidesAPendingRequestAndOnlyTheStatusChanges() {
        FriendRequest agreed = request(FriendRequestStatus.PENDING).decidedBy(BEN, FriendRequestStatus.AGREE);

        assertEquals(new FriendRequest(9, ANN, BEN, "hi, it is Ann", FriendRequestStatus.AGREE, AT), agreed);
        assertFalse(agreed.isPending());
        assertEquals(FriendRequestStatus.REFUSE,
                request(FriendRequestStatus.PENDING).decidedBy(BEN, FriendRequestStatus.REFUSE).status());
        assertEquals(FriendRequestStatus.IGNORE,
                request(FriendRequestStatus.PENDING).decidedBy(BEN, FriendRequestStatus.IGNORE).status());
    }

    @Test
    void decidingPendingLeavesThePendingRequestAsItIs() {
        FriendRequest pending = request(FriendRequestStatus.PENDING);

        assertEquals(pending, pending.decidedBy(BEN, FriendRequestStatus.PENDING));
        assertTrue(pending.decidedBy(BEN, FriendRequestStatus.PENDING).isPending());
    }

    @Test
    void toAnyoneButTheTargetTheRequestDoesNotExist() {
        FriendRequest pending = request(FriendRequestStatus.PENDING);

        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> pending.decidedBy(ANN, FriendRequestStatus.AGREE));
        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> pending.decidedBy(CAL, FriendRequestStatus.AGREE));
        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> pending.decidedBy(null, FriendRequestStatus.AGREE));
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        for (FriendRequestStatus decided : new FriendRequestStatus[] {FriendRequestStatus.AGREE,
            FriendRequestStatus.REFUSE, FriendRequestStatus.IGNORE}) {
            for (FriendRequestStatus decision : FriendRequestStatus.values()) {
                assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> request(decided).decidedBy(BEN, decision));
            }
        }
    }

    @Test
    void aRequestIsBetweenItsTwoPartiesEitherWay() {
        FriendRequest request = request(FriendRequestStatus.PENDING);

        assertTrue(request.between(ANN, BEN));
        assertTrue(request.between(BEN, ANN));
        assertFalse(request.between(ANN, CAL));
        assertFalse(request.between(CAL, BEN));
        assertFalse(request.between(ANN, ANN));
    }

    @Test
    void noTextIsAnEmptyText() {
        assertEquals("", new FriendRequest(1, ANN, BEN, null, FriendRequestStatus.PENDING, AT).text());
    }
}
