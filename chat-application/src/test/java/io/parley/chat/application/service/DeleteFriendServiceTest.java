package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** #38: the friendship ends both ways with every request between the two; nobody is told. */
class DeleteFriendServiceTest {
    private final TestCore test = TestCore.create();
    private final FriendSteps friends = new FriendSteps(test);
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");
    private final UserId cal = test.user("cal_01");

    private long requestsBetweenAnnAndBen() {
        PageRequest all = new PageRequest(1, 100);
        return test.relations().addressedTo(ben, all).rows().stream()
                .filter(received -> received.request().between(ann, ben)).count()
                + test.relations().addressedTo(ann, all).rows().stream()
                .filter(received -> received.request().between(ann, ben)).count();
    }

    @Test
    void endTheFriendshipBothWaysAndForgetTheRequests() {
        friends.befriend(ann, ben, "Annie");
        friends.befriend(cal, ann, "");
        int messages = test.messages().all().size();

        friends.delete(ben, ann);

        assertFalse(test.relations().entry(ann, ben).isPresent());
        assertFalse(test.relations().entry(ben, ann).isPresent());
        assertEquals(0, requestsBetweenAnnAndBen());
        assertTrue(test.relations().entry(ann, cal).isPresent(), "other friendships stay");
        assertEquals(1, test.relations().addressedTo(ann, new PageRequest(1, 10)).count());
        assertEquals(messages, test.messages().all().size(), "nobody is told");
    }

    @Test
    void letEitherAskAgainAfterwards() {
        friends.befriend(ann, ben, "");
        friends.delete(ann, ben);

        friends.apply(ben, ann, "again?");

        assertEquals("again?", friends.pending(ben, ann).text());
        friends.handle(ann, friends.pending(ben, ann).id(), FriendRequestStatus.AGREE, "");
        assertTrue(test.relations().entry(ann, ben).isPresent());
    }

    @Test
    void keepBlocksAndFollows() {
        friends.befriend(ann, ben, "");
        test.core().blockUser().block(new RelationCommand(ann, ben));
        test.core().followUser().follow(new RelationCommand(ben, ann));

        friends.delete(ann, ben);

        assertTrue(test.relations().blocks(ann, ben));
        assertTrue(test.relations().follows(ben, ann));
    }

    @Test
    void answerNotFriendsWithoutMyEntryAndLeaveTheirsAlone() {
        test.relations().addEntry(ben, ann, "");
        friends.apply(ann, ben, "");

        assertRefused(ReasonCode.NOT_FRIENDS, () -> friends.delete(ann, ben));
        assertRefused(ReasonCode.NOT_FRIENDS, () -> friends.delete(ann, UserId.of(4040)));
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> friends.delete(ann, ann));

        assertTrue(test.relations().entry(ben, ann).isPresent());
        assertTrue(test.relations().pendingBetween(ann, ben));
    }
}
