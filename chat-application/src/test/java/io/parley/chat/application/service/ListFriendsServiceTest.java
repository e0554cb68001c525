package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.FriendView;
import io.parley.chat.application.port.in.ListFriendsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** #14: my contacts in the order they became mine, blocked ones flagged, disabled ones left out. */
class ListFriendsServiceTest {
    private final TestCore test = TestCore.create();
    private final FriendSteps friends = new FriendSteps(test);
    private final UserId ann = test.user("ann_01");
    private final UserId ben = test.user("ben_01");
    private final UserId cal = test.user("cal_01");
    private final UserId dee = test.user("dee_01");

    private List<FriendView> friendsOf(UserId me, int page, int limit) {
        return test.core().friends().friends(new ListUsersQuery(me, new PageRequest(page, limit)));
    }

    private static List<UserId> ids(List<FriendView> views) {
        return views.stream().map(view -> view.friend().id()).toList();
    }

    @Test
    void listMyContactsInTheOrderTheyBecameMineWithMyRemarks() {
        test.nickname(cal, "Cal");
        friends.befriend(ben, ann, "Benny");
        friends.befriend(ann, cal, "");
        friends.befriend(dee, ann, "");

        List<FriendView> list = friendsOf(ann, 1, ListFriendsUseCase.DEFAULT_LIMIT);

        assertEquals(List.of(ben, cal, dee), ids(list));
        assertEquals("Benny", list.get(0).entry().remark());
        assertEquals(List.of("Benny", "Cal", "dee_01"), list.stream().map(FriendView::name).toList());
        assertEquals("ben_01", list.get(0).friend().username());
        assertEquals(List.of(ann), ids(friendsOf(ben, 1, 10)));
    }

    @Test
    void flagTheContactsIBlockAndLeaveOutDisabledOnes() {
        friends.befriend(ben, ann, "");
        friends.befriend(cal, ann, "");
        friends.befriend(dee, ann, "");
        test.core().blockUser().block(new RelationCommand(ann, ben));
        test.disable(cal);

        List<FriendView> list = friendsOf(ann, 1, 10);

        assertEquals(List.of(ben, dee), ids(list));
        assertTrue(list.get(0).blocked());
        assertFalse(list.get(1).blocked());
    }

    @Test
    void giveOnePageOfThem() {
        friends.befriend(ben, ann, "");
        friends.befriend(cal, ann, "");
        friends.befriend(dee, ann, "");

        assertEquals(List.of(cal), ids(friendsOf(ann, 2, 1)));
        assertEquals(List.of(dee), ids(friendsOf(ann, 2, 2)));
        assertEquals(List.of(), friendsOf(ann, 3, 2));
    }

    @Test
    void showNobodyWithoutContacts() {
        assertEquals(List.of(), friendsOf(ann, 1, 10));
    }
}
