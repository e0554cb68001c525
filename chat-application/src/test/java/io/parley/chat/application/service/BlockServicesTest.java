package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.ContactEntryView;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks with and without friendship, #16's switch, #19's question and the block list (j.3). */
class BlockServicesTest {
    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    private void block(UserId blocker, UserId blocked) {
        test.core().blockUser().block(new RelationCommand(blocker, blocked));
    }

    private void unblock(UserId blocker, UserId blocked) {
        test.core().unblockUser().unblock(new RelationCommand(blocker, blocked));
    }

    private boolean toggle(UserId actor, UserId friend) {
        return test.core().toggleBlacklist().toggleBlacklist(new RelationCommand(actor, friend));
    }

    private ContactEntryView entry(UserId actor, UserId friend) {
        return test.core().contactEntry().contactEntry(new RelationCommand(actor, friend));
    }

    @Test
    void blockAStrangerAndLiftIt() {
        block(rita, sam);
        assertTrue(test.relations().blocks(rita, sam));
        assertFalse(test.relations().blocks(sam, rita));
        assertRefused(ReasonCode.BLACKLISTED, () -> test.send(sam, rita, "hi"));

        unblock(rita, sam);
        assertFalse(test.relations().blocks(rita, sam));
        test.send(sam, rita, "hi");
    }

    @Test
    void blockVisitorsToo() {
        UserId visitor = test.visitor();
        block(rita, visitor);
        assertRefused(ReasonCode.BLACKLISTED, () -> test.send(visitor, rita, "hi"));
    }

    @Test
    void blockTwiceOrUnblockNobodyWithoutFuss() {
        block(rita, sam);
        block(rita, sam);
        unblock(rita, sam);
        unblock(rita, sam);
        unblock(rita, UserId.of(4040));
        assertFalse(test.relations().blocks(rita, sam));
    }

    @Test
    void refuseToBlockOneself() {
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> block(sam, sam));
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> unblock(sam, sam));
    }

    @Test
    void refuseToBlockSomeoneWhoIsNotThere() {
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> block(rita, UserId.of(4040)));
        test.disable(sam);
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> block(rita, sam));
    }

    @Test
    void liftTheBlockOfAUserDisabledSince() {
        block(rita, sam);
        test.disable(sam);
        unblock(rita, sam);
        assertFalse(test.relations().blocks(rita, sam));
    }

    @Test
    void toggleTheBlockOnAContact() {
        test.relations().befriend(rita, "", sam, "");

        assertTrue(toggle(rita, sam));
        assertTrue(test.relations().blocks(rita, sam));
        assertRefused(ReasonCode.BLACKLISTED, () -> test.send(sam, rita, "hi"));

        assertFalse(toggle(rita, sam));
        assertFalse(test.relations().blocks(rita, sam));
        test.send(sam, rita, "hi");
    }

    @Test
    void toggleOffABlockMadeWithoutTheSwitch() {
        test.relations().befriend(rita, "", sam, "");
        block(rita, sam);
        assertFalse(toggle(rita, sam));
        assertFalse(test.relations().blocks(rita, sam));
    }

    @Test
    void refuseTheSwitchOnSomeoneNotInMyContacts() {
        test.relations().addEntry(sam, rita, "");
        assertRefused(ReasonCode.NOT_FRIENDS, () -> toggle(rita, sam));
        assertRefused(ReasonCode.NOT_FRIENDS, () -> toggle(rita, UserId.of(4040)));
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> toggle(rita, rita));
        assertFalse(test.relations().blocks(rita, sam));
    }

    @Test
    void showMyContactEntryWithItsRemark() {
        test.relations().befriend(rita, "Sam from work", sam, "");

        ContactEntryView view = entry(rita, sam);

        Friendship expected = test.relations().entry(rita, sam).orElseThrow();
        assertEquals(new ContactEntryView(expected, false), view);
        assertEquals("Sam from work", view.entry().remark());
    }

    @Test
    void answerNotFriendsForNoEntryOrABlockedOne() {
        test.relations().addEntry(sam, rita, "");
        assertRefused(ReasonCode.NOT_FRIENDS, () -> entry(rita, sam));

        test.relations().befriend(rita, "", sam, "");
        block(rita, sam);
        assertRefused(ReasonCode.NOT_FRIENDS, () -> entry(rita, sam));
        entry(sam, rita);
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> entry(rita, rita));
    }

    @Test
    void listWhomIBlockMostRecentFirst() {
        UserId tom = test.user("tom_01");
        block(rita, sam);
        block(rita, tom);
        block(sam, tom);

        var page = test.core().listBlocked().blocked(new ListUsersQuery(rita, new PageRequest(1, 30)));

        assertEquals(2, page.count());
        assertEquals(List.of(tom, sam), page.rows().stream().map(UserSummary::id).toList());
        assertEquals("tom_01", page.rows().get(0).username());
    }
}
