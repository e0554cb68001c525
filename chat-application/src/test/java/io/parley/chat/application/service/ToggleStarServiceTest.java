package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** #17: star and unstar a contact I do not block. */
class ToggleStarServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");

    private void toggle(UserId me, UserId friend) {
        test.core().toggleStar().toggleStar(new RelationCommand(me, friend));
    }

    private Friendship entry(UserId owner, UserId friend) {
        return test.relations().entry(owner, friend).orElseThrow();
    }

    @Test
    void starAndUnstarMyEntryOnly() {
        test.relations().befriend(ann, "Benny", ben, "");

        toggle(ann, ben);
        assertTrue(entry(ann, ben).starred());
        assertEquals("Benny", entry(ann, ben).remark());
        assertFalse(entry(ben, ann).starred());

        toggle(ann, ben);
        assertFalse(entry(ann, ben).starred());
    }

    @Test
    void answerNotFriendsForABlockedContactAndChangeNothing() {
        test.relations().befriend(ann, "", ben, "");
        test.core().blockUser().block(new RelationCommand(ann, ben));

        assertRefused(ReasonCode.NOT_FRIENDS, () -> toggle(ann, ben));

        assertFalse(entry(ann, ben).starred());
    }

    @Test
    void answerNotFriendsWithoutMyEntry() {
        test.relations().addEntry(ben, ann, "");
        assertRefused(ReasonCode.NOT_FRIENDS, () -> toggle(ann, ben));
        assertRefused(ReasonCode.NOT_FRIENDS, () -> toggle(ann, UserId.of(4040)));
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> toggle(ann, ann));
        assertFalse(entry(ben, ann).starred());
    }

    @Test
    void starAContactWhoBlocksMe() {
        test.relations().befriend(ann, "", ben, "");
        test.core().blockUser().block(new RelationCommand(ben, ann));

        toggle(ann, ben);

        assertTrue(entry(ann, ben).starred());
    }
}
