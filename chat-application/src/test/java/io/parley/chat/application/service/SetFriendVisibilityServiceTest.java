package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.FriendVisibilityCommand;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** #18: both visibility flags of my entry for a contact I do not block. */
class SetFriendVisibilityServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");

    private void set(UserId me, UserId friend, boolean friendSeesMe, boolean iSeeFriend) {
        test.core().setFriendVisibility().setVisibility(
                new FriendVisibilityCommand(me, friend, friendSeesMe, iSeeFriend));
    }

    private Friendship entry(UserId owner, UserId friend) {
        return test.relations().entry(owner, friend).orElseThrow();
    }

    @Test
    void setBothFlagsOfMyEntryKeepingTheRest() {
        test.relations().befriend(ann, "Benny", ben, "");
        test.core().toggleStar().toggleStar(new RelationCommand(ann, ben));
        Friendship before = entry(ann, ben);

        set(ann, ben, false, true);
        assertEquals(new Friendship(before.id(), ann, ben, "Benny", false, true, true), entry(ann, ben));

        set(ann, ben, true, false);
        assertEquals(new Friendship(before.id(), ann, ben, "Benny", true, false, true), entry(ann, ben));
        assertEquals(new Friendship(entry(ben, ann).id(), ben, ann, "", true, true, false), entry(ben, ann));
    }

    @Test
    void answerNotFriendsForABlockedContactAndChangeNothing() {
        test.relations().befriend(ann, "", ben, "");
        test.core().blockUser().block(new RelationCommand(ann, ben));
        Friendship before = entry(ann, ben);

        assertRefused(ReasonCode.NOT_FRIENDS, () -> set(ann, ben, false, false));

        assertEquals(before, entry(ann, ben));
    }

    @Test
    void answerNotFriendsWithoutMyEntry() {
        test.relations().addEntry(ben, ann, "");
        assertRefused(ReasonCode.NOT_FRIENDS, () -> set(ann, ben, false, false));
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> set(ann, ann, false, false));
    }
}
