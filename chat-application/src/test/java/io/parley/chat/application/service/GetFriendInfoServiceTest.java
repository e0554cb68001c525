package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.FriendInfoView;
import io.parley.chat.application.port.in.PublicProfile;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** #15: my entry for a contact with their profile and status. */
class GetFriendInfoServiceTest {
    private final TestCore test = TestCore.create();
    private final FriendSteps friends = new FriendSteps(test);
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");

    private FriendInfoView info(UserId me, UserId friend) {
        return test.core().friendInfo().friendInfo(new RelationCommand(me, friend));
    }

    @Test
    void showMyEntryWithTheFriendsProfile() {
        friends.befriend(ben, ann, "Benny");

        FriendInfoView view = info(ann, ben);

        assertEquals(test.relations().entry(ann, ben).orElseThrow(), view.entry());
        assertEquals("Benny", view.entry().remark());
        assertEquals(PublicProfile.of(test.stored(ben)), view.friend());
        assertEquals(1, view.friendStatus());
    }

    @Test
    void showABlockedOrDisabledFriendToo() {
        friends.befriend(ben, ann, "");
        test.core().blockUser().block(new RelationCommand(ann, ben));
        test.disable(ben);

        FriendInfoView view = info(ann, ben);

        assertEquals(ben, view.friend().id());
        assertEquals(0, view.friendStatus());
    }

    @Test
    void answerNotFriendsWithoutMyEntry() {
        test.relations().addEntry(ben, ann, "");
        assertRefused(ReasonCode.NOT_FRIENDS, () -> info(ann, ben));
        assertRefused(ReasonCode.NOT_FRIENDS, () -> info(ann, UserId.of(4040)));
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> info(ann, ann));
    }
}
