package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.FriendRequestsPage;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** #12: the requests addressed to me, every status, newest first, and how many still wait. */
class ListFriendRequestsServiceTest {
    private final TestCore test = TestCore.create();
    private final FriendSteps friends = new FriendSteps(test);
    private final UserId ben = test.user("ben_01");
    private final UserId ann = test.user("ann_01");
    private final UserId cal = test.user("cal_01");
    private final UserId dee = test.user("dee_01");

    private FriendRequestsPage requests(UserId me, int page, int limit) {
        return test.core().friendRequests().requests(new ListUsersQuery(me, new PageRequest(page, limit)));
    }

    private static List<UserId> applicants(FriendRequestsPage page) {
        return page.rows().stream().map(row -> row.applicant().id()).toList();
    }

    @Test
    void listEveryRequestToMeNewestFirstWithItsApplicant() {
        friends.apply(ann, ben, "Ann here");
        test.clock().advance(Duration.ofMinutes(1));
        friends.apply(cal, ben, "Cal here");
        test.clock().advance(Duration.ofMinutes(1));
        friends.apply(dee, ben, "");
        friends.handle(ben, friends.pending(cal, ben).id(), FriendRequestStatus.REFUSE, "");
        friends.apply(ben, test.user("eve_01"), "not to me");

        FriendRequestsPage page = requests(ben, 1, 10);

        assertEquals(List.of(dee, cal, ann), applicants(page));
        assertEquals(List.of(FriendRequestStatus.PENDING, FriendRequestStatus.REFUSE, FriendRequestStatus.PENDING),
                page.rows().stream().map(row -> row.request().status()).toList());
        assertEquals("Ann here", page.rows().get(2).request().text());
        assertEquals(UserSummary.of(test.stored(ann)), page.rows().get(2).applicant());
        assertEquals(2, page.pendingCount());
    }

    @Test
    void countEveryPendingRequestWhateverThePage() {
        friends.apply(ann, ben, "");
        test.clock().advance(Duration.ofMinutes(1));
        friends.apply(cal, ben, "");
        test.clock().advance(Duration.ofMinutes(1));
        friends.apply(dee, ben, "");

        FriendRequestsPage second = requests(ben, 2, 2);

        assertEquals(List.of(ann), applicants(second));
        assertEquals(3, second.pendingCount());
        assertEquals(List.of(), applicants(requests(ben, 3, 2)));
    }

    @Test
    void showAnEmptyListToSomeoneNobodyAsked() {
        friends.apply(ben, ann, "");

        FriendRequestsPage page = requests(ben, 1, 10);

        assertEquals(List.of(), page.rows());
        assertEquals(0, page.pendingCount());
    }
}
