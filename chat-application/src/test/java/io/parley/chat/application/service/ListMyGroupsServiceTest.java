package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.GroupListingView;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListMyGroupsServiceTest {
    private final TestCore test = TestCore.create();
    private final GroupSteps steps = new GroupSteps(test);
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    private List<GroupListingView> groupsOf(UserId user, int page, int limit) {
        return test.core().myGroups().myGroups(new ListUsersQuery(user, new PageRequest(page, limit)));
    }

    @Test
    void listMyGroupsNewestFirstWithMyOwnRow() {
        GroupId first = steps.create(sam, rita);
        GroupId second = steps.create(rita, sam);
        steps.nickname(sam, first, "Sam here");

        List<GroupListingView> mine = groupsOf(sam, 1, 30);

        assertEquals(List.of(second, first), mine.stream().map(l -> l.group().id()).toList());
        assertEquals(sam, mine.get(1).mine().user());
        assertEquals("Sam here", mine.get(1).mine().nickname());
    }

    @Test
    void leaveOutDissolvedGroupsAndPageTheRest() {
        GroupId kept = steps.create(sam, rita);
        GroupId dissolved = steps.create(sam, rita);
        GroupId newest = steps.create(sam, rita);
        steps.leave(sam, dissolved);

        assertEquals(List.of(newest), groupsOf(rita, 1, 1).stream().map(l -> l.group().id()).toList());
        assertEquals(List.of(kept), groupsOf(rita, 2, 1).stream().map(l -> l.group().id()).toList());
        assertEquals(List.of(), groupsOf(rita, 3, 1));
    }
}
