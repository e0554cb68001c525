package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.UserSetInfoView;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** #40: a user's settings and whether they keep me as a usable contact. */
class GetUserSetInfoServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");

    private UserSetInfoView info(UserId me, UserId target) {
        return test.core().userSetInfo().userSetInfo(new RelationCommand(me, target));
    }

    @Test
    void showAStrangersSettings() {
        test.users().update(test.stored(ben).withInviteConfirm(1, test.clock().now()));

        UserSetInfoView view = info(ann, ben);

        assertEquals(new UserSetInfoView(test.stored(ben), false, false), view);
        assertEquals(1, view.target().inviteConfirm());
    }

    @Test
    void showThatAFriendHasMe() {
        test.relations().befriend(ann, "", ben, "");
        assertEquals(new UserSetInfoView(test.stored(ben), true, true), info(ann, ben));
    }

    @Test
    void showThatTheirEntryForMeIsUnusableWhenTheyBlockMe() {
        test.relations().befriend(ann, "", ben, "");
        test.core().blockUser().block(new RelationCommand(ben, ann));
        assertEquals(new UserSetInfoView(test.stored(ben), true, false), info(ann, ben));
    }

    @Test
    void lookOnlyAtTheirEntryForMe() {
        test.relations().addEntry(ann, ben, "");
        assertEquals(new UserSetInfoView(test.stored(ben), false, false), info(ann, ben));

        test.core().blockUser().block(new RelationCommand(ann, ben));
        test.relations().addEntry(ben, ann, "");
        assertEquals(new UserSetInfoView(test.stored(ben), true, true), info(ann, ben), "my block is mine");
    }

    @Test
    void refuseVisitorsDisabledAndMissingUsers() {
        UserId visitor = test.visitor();
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> info(ann, visitor));
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> info(ann, UserId.of(4040)));
        test.disable(ben);
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> info(ann, ben));
    }
}
