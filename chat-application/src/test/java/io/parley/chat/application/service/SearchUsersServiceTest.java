package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.SearchUsersQuery;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** #7: registered, enabled users by part of their username; never visitors, never me. */
class SearchUsersServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId samuel = test.user("samuel_77");
    private final UserId rosa = test.user("rosa_sam");
    private final UserId tom = test.user("tom_01");

    private List<UserSummary> search(UserId me, String keyword, int page, int limit) {
        return test.core().searchUsers().search(new SearchUsersQuery(me, keyword, new PageRequest(page, limit)));
    }

    private static List<UserId> ids(List<UserSummary> found) {
        return found.stream().map(UserSummary::id).toList();
    }

    @Test
    void findUsersByPartOfTheirUsernameShortestFirst() {
        List<UserSummary> found = search(tom, "sam", 1, 20);

        assertEquals(List.of(sam, rosa, samuel), ids(found));
        assertEquals(UserSummary.of(test.stored(sam)), found.get(0));
    }

    @Test
    void leaveOutMeVisitorsAndDisabledUsers() {
        UserId visitor = test.visitor();
        test.disable(samuel);

        assertEquals(List.of(rosa), ids(search(sam, "sam", 1, 20)));
        assertEquals(List.of(), ids(search(tom, test.stored(visitor).username().value(), 1, 20)));
        assertEquals(List.of(), ids(search(tom, "VIS", 1, 20)));
    }

    @Test
    void giveOnePageOfThem() {
        assertEquals(List.of(rosa), ids(search(tom, "sam", 2, 1)));
        assertEquals(List.of(), ids(search(tom, "sam", 2, 3)));
    }

    @Test
    void findNobodyForAnUnknownFragment() {
        assertEquals(List.of(), search(tom, "zzz", 1, 20));
    }
}
