package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.PendingRequestQuery;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** #9: the pending request to me from the user with that uuid. */
class GetPendingRequestServiceTest {
    private final TestCore test = TestCore.create();
    private final FriendSteps friends = new FriendSteps(test);
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");

    private FriendRequest pendingTo(UserId me, UserId from) {
        return test.core().pendingRequest().pendingRequest(new PendingRequestQuery(me, test.stored(from).uuid()));
    }

    @Test
    void findThePendingRequestFromThatUser() {
        friends.apply(ann, ben, "it is Ann");

        assertEquals(friends.pending(ann, ben), pendingTo(ben, ann));
    }

    @Test
    void findNothingTheOtherWayRound() {
        friends.apply(ann, ben, "");
        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> pendingTo(ann, ben));
    }

    @Test
    void findNothingOnceTheRequestIsHandled() {
        friends.apply(ann, ben, "");
        friends.handle(ben, friends.pending(ann, ben).id(), FriendRequestStatus.IGNORE, "");
        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> pendingTo(ben, ann));
    }

    @Test
    void refuseAnUnknownOrDisabledUser() {
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> test.core().pendingRequest().pendingRequest(
                new PendingRequestQuery(ben, "00000000-0000-4000-8000-000000000000")));
        friends.apply(ann, ben, "");
        test.disable(ann);
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> pendingTo(ben, ann));
    }
}
