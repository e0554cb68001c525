package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow, unfollow, and the two lists they make (j.3). */
class FollowServicesTest {
    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    private void follow(UserId follower, UserId followee) {
        test.core().followUser().follow(new RelationCommand(follower, followee));
    }

    private void unfollow(UserId follower, UserId followee) {
        test.core().unfollowUser().unfollow(new RelationCommand(follower, followee));
    }

    private Page<UserSummary> followees(UserId user, int page, int limit) {
        return test.core().listFollowees().followees(new ListUsersQuery(user, new PageRequest(page, limit)));
    }

    private Page<UserSummary> followers(UserId user, int page, int limit) {
        return test.core().listFollowers().followers(new ListUsersQuery(user, new PageRequest(page, limit)));
    }

    @Test
    void followAndUnfollow() {
        follow(sam, rita);
        assertTrue(test.relations().follows(sam, rita));
        assertFalse(test.relations().follows(rita, sam));

        unfollow(sam, rita);
        assertFalse(test.relations().follows(sam, rita));
    }

    @Test
    void followTwiceOrUnfollowNobodyWithoutFuss() {
        follow(sam, rita);
        follow(sam, rita);
        unfollow(sam, rita);
        unfollow(sam, rita);
        unfollow(sam, UserId.of(4040));
        assertFalse(test.relations().follows(sam, rita));
    }

    @Test
    void letVisitorsFollowAndBeFollowed() {
        UserId visitor = test.visitor();
        follow(visitor, rita);
        follow(sam, visitor);
        assertTrue(test.relations().follows(visitor, rita));
        assertTrue(test.relations().follows(sam, visitor));
    }

    @Test
    void refuseToFollowOneself() {
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> follow(sam, sam));
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> unfollow(sam, sam));
    }

    @Test
    void refuseToFollowSomeoneWhoIsNotThere() {
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> follow(sam, UserId.of(4040)));
        test.disable(rita);
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> follow(sam, rita));
        assertFalse(test.relations().follows(sam, rita));
    }

    @Test
    void letTheFollowedWriteFreelyToTheFollowerEvenAfterAnUnfollow() {
        follow(sam, rita);
        unfollow(sam, rita);

        test.send(rita, sam, "one");
        test.send(rita, sam, "two");

        assertEquals(2, test.messages().between(rita, sam).size());
    }

    @Test
    void listWhomIFollowAndWhoFollowsMeMostRecentFirst() {
        UserId tom = test.user("tom_01");
        test.nickname(tom, "Tom");
        follow(sam, rita);
        follow(sam, tom);
        follow(tom, sam);

        Page<UserSummary> mine = followees(sam, 1, 30);
        assertEquals(2, mine.count());
        assertEquals(List.of(tom, rita), mine.rows().stream().map(UserSummary::id).toList());
        User stored = test.stored(tom);
        assertEquals(new UserSummary(tom, stored.uuid(), "tom_01", "Tom", stored.avatar(), Role.USER),
                mine.rows().get(0));

        assertEquals(List.of(tom), followers(sam, 1, 30).rows().stream().map(UserSummary::id).toList());
        assertEquals(List.of(sam), followers(rita, 1, 30).rows().stream().map(UserSummary::id).toList());
        assertEquals(0, followees(rita, 1, 30).count());
    }

    @Test
    void pageTheLists() {
        UserId tom = test.user("tom_01");
        UserId ann = test.user("ann_01");
        follow(sam, rita);
        follow(sam, tom);
        follow(sam, ann);

        Page<UserSummary> second = followees(sam, 2, 2);

        assertEquals(3, second.count());
        assertEquals(List.of(rita), second.rows().stream().map(UserSummary::id).toList());
        assertEquals(List.of(), followees(sam, 3, 2).rows());
    }
}
