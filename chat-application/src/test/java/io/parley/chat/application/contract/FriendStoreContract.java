package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FriendRequestPort;
import io.parley.chat.application.port.out.FriendRequestPort.Received;
import io.parley.chat.application.port.out.FriendRequestPort.Remarks;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.FriendshipPort.Contact;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserStatus;
import io.parley.chat.domain.user.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every store of friend requests and friendships does (the Hibernate adapters on H2, PostgreSQL and MariaDB, and
 * any in-memory one): requests and their handling, the contact list and its entries, ending a friendship, and the user
 * search that finds whom to ask. Tests create fresh users (searches a fresh name fragment), so a shared store needs no
 * cleaning.
 */
public abstract class FriendStoreContract {
    private static final Instant AT = ContractUsers.NOW;
    private static final Remarks NO_REMARKS = new Remarks("", "");
    private static final PageRequest FIRST_PAGE = new PageRequest(1, 10);

    protected abstract FriendRequestPort friendRequests();

    protected abstract FriendshipPort friendships();

    protected abstract BlockPort blocks();

    protected abstract LoadUserPort loadUsers();

    /** Where the users the requests and entries refer to are created. */
    protected abstract SaveUserPort saveUsers();

    protected User newUser() {
        return new ContractUsers(saveUsers()).registered();
    }

    private User registered(String username) {
        return saveUsers().create(NewUser.registered(UUID.randomUUID().toString(), new Username(username), "hash",
                "127.0.0.1", AT));
    }

    private User visitor(String username) {
        String uuid = UUID.randomUUID().toString();
        return saveUsers().create(NewUser.visitor(uuid, new Username(username), "hash", new DeviceId(uuid),
                DeviceInfo.UNKNOWN, "127.0.0.1", AT));
    }

    private User disabled(User user) {
        return saveUsers().update(user.withStatus(UserStatus.DISABLED, AT));
    }

    private FriendRequest ask(User applicant, User target) {
        return friendRequests().createPending(applicant.id(), target.id(), "I am " + applicant.username(), AT);
    }

    /** The request as its target handles it, with the domain's rule of who may. */
    private FriendRequest handle(FriendRequest request, User handler, FriendRequestStatus decision, Remarks remarks) {
        return friendRequests().decide(request.id(), stored -> stored.decidedBy(handler.id(), decision), remarks);
    }

    private static void assertRefused(ReasonCode reason, Executable call) {
        assertEquals(reason, assertThrows(DomainException.class, call).reason());
    }

    // --- asking

    @Test
    void aNewRequestIsPendingFromItsApplicantToItsTarget() {
        User applicant = newUser();
        User target = newUser();

        FriendRequest request = friendRequests().createPending(applicant.id(), target.id(), "hello, it's me", AT);

        assertEquals(new FriendRequest(request.id(), applicant.id(), target.id(), "hello, it's me",
                FriendRequestStatus.PENDING, AT), request);
        assertEquals(Optional.of(request), friendRequests().byId(request.id()));
        assertEquals(Optional.of(request), friendRequests().pendingFrom(applicant.id(), target.id()));
        assertEquals(Optional.empty(), friendRequests().pendingFrom(target.id(), applicant.id()));
        assertTrue(friendRequests().pendingBetween(applicant.id(), target.id()));
        assertTrue(friendRequests().pendingBetween(target.id(), applicant.id()));
        assertEquals(1, friendRequests().pendingCountFor(target.id()));
        assertEquals(0, friendRequests().pendingCountFor(applicant.id()));
    }

    @Test
    void strangersHaveNoRequests() {
        User a = newUser();
        User b = newUser();
        assertFalse(friendRequests().pendingBetween(a.id(), b.id()));
        assertEquals(Optional.empty(), friendRequests().pendingFrom(a.id(), b.id()));
        assertEquals(Optional.empty(), friendRequests().byId(Long.MAX_VALUE));
        assertEquals(new Page<>(0, List.of()), friendRequests().addressedTo(a.id(), FIRST_PAGE));
        assertEquals(0, friendRequests().pendingCountFor(a.id()));
    }

    @Test
    void aSecondPendingRequestIsRefusedWhoeverAsks() {
        User a = newUser();
        User b = newUser();
        FriendRequest first = ask(a, b);

        assertRefused(ReasonCode.REQUEST_PENDING, () -> ask(a, b));
        assertRefused(ReasonCode.REQUEST_PENDING, () -> ask(b, a));

        assertEquals(1, friendRequests().addressedTo(b.id(), FIRST_PAGE).count());
        assertEquals(0, friendRequests().addressedTo(a.id(), FIRST_PAGE).count());
        assertEquals(Optional.of(first), friendRequests().pendingFrom(a.id(), b.id()));
    }

    @Test
    void aPendingRequestConcernsOnlyItsTwoUsers() {
        User a = newUser();
        User b = newUser();
        User c = newUser();
        ask(a, b);
        assertFalse(friendRequests().pendingBetween(a.id(), c.id()));
        assertFalse(friendRequests().pendingBetween(c.id(), b.id()));
        ask(a, c);
        ask(c, b);
        assertEquals(2, friendRequests().pendingCountFor(b.id()));
    }

    @Test
    void aRefusedOrIgnoredRequestMayBeMadeAgainEitherWay() {
        User a = newUser();
        User b = newUser();
        FriendRequest refused = handle(ask(a, b), b, FriendRequestStatus.REFUSE, NO_REMARKS);
        assertEquals(FriendRequestStatus.REFUSE, refused.status());
        assertFalse(friendRequests().pendingBetween(a.id(), b.id()));

        FriendRequest again = ask(a, b);
        handle(again, b, FriendRequestStatus.IGNORE, NO_REMARKS);
        FriendRequest reversed = ask(b, a);

        assertEquals(Optional.of(reversed), friendRequests().pendingFrom(b.id(), a.id()));
        assertEquals(FriendRequestStatus.REFUSE, friendRequests().byId(refused.id()).orElseThrow().status());
        assertEquals(FriendRequestStatus.IGNORE, friendRequests().byId(again.id()).orElseThrow().status());
        assertEquals(Optional.empty(), friendships().entry(a.id(), b.id()), "a refusal makes no friends");
    }

    @Test
    void parallelRequestsBetweenTwoUsersStoreOne() throws Exception {
        User a = newUser();
        User b = newUser();
        // both directions at once: the case a check before the insert cannot settle
        List<String> outcomes = Concurrently.run(8, 8, i -> () -> outcome(() -> {
            if (i % 2 == 0) {
                ask(a, b);
            } else {
                ask(b, a);
            }
        }));
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter(ReasonCode.REQUEST_PENDING.name()::equals).count(),
                outcomes.toString());
        assertEquals(1, friendRequests().addressedTo(a.id(), FIRST_PAGE).count()
                + friendRequests().addressedTo(b.id(), FIRST_PAGE).count());
    }

    // --- handling

    @Test
    void agreeingMakesTheTwoFriendsWithTheGivenRemarks() {
        User applicant = newUser();
        User target = newUser();
        FriendRequest request = ask(applicant, target);

        FriendRequest agreed = handle(request, target, FriendRequestStatus.AGREE, new Remarks("my T", "my A"));

        assertEquals(FriendRequestStatus.AGREE, agreed.status());
        assertEquals(request.id(), agreed.id());
        assertEquals(Optional.of(agreed), friendRequests().byId(request.id()));
        assertEquals("my T", friendships().entry(applicant.id(), target.id()).orElseThrow().remark());
        assertEquals("my A", friendships().entry(target.id(), applicant.id()).orElseThrow().remark());
        assertFalse(friendRequests().pendingBetween(applicant.id(), target.id()));
        assertEquals(Optional.empty(), friendRequests().pendingFrom(applicant.id(), target.id()));
        assertEquals(0, friendRequests().pendingCountFor(target.id()));
        assertRefused(ReasonCode.REQUEST_NOT_FOUND,
                () -> handle(request, target, FriendRequestStatus.REFUSE, NO_REMARKS));
        assertEquals(FriendRequestStatus.AGREE, friendRequests().byId(request.id()).orElseThrow().status(),
                "a handled request is not handled again");
    }

    @Test
    void agreeingKeepsAnEntryThatExistsAlready() {
        User applicant = newUser();
        User target = newUser();
        friendships().befriend(applicant.id(), "kept", target.id(), "also kept");
        Friendship before = friendships().entry(applicant.id(), target.id()).orElseThrow();
        FriendRequest request = ask(applicant, target);

        handle(request, target, FriendRequestStatus.AGREE, new Remarks("new", "newer"));

        assertEquals(before, friendships().entry(applicant.id(), target.id()).orElseThrow());
        assertEquals("also kept", friendships().entry(target.id(), applicant.id()).orElseThrow().remark());
        assertEquals(1, friendships().contactsOf(applicant.id()).size());
    }

    @Test
    void onlyTheTargetHandlesARequestAndARefusalWritesNothing() {
        User applicant = newUser();
        User target = newUser();
        User stranger = newUser();
        FriendRequest request = ask(applicant, target);

        assertRefused(ReasonCode.REQUEST_NOT_FOUND,
                () -> handle(request, applicant, FriendRequestStatus.AGREE, NO_REMARKS));
        assertRefused(ReasonCode.REQUEST_NOT_FOUND,
                () -> handle(request, stranger, FriendRequestStatus.AGREE, NO_REMARKS));

        assertEquals(Optional.of(request), friendRequests().byId(request.id()));
        assertTrue(friendRequests().pendingBetween(applicant.id(), target.id()));
        assertEquals(Optional.empty(), friendships().entry(applicant.id(), target.id()));
        assertEquals(Optional.empty(), friendships().entry(target.id(), applicant.id()));
    }

    @Test
    void aDecisionThatFailsAfterAgreeingWritesNothing() {
        User applicant = newUser();
        User target = newUser();
        FriendRequest request = ask(applicant, target);
        UnaryOperator<FriendRequest> failing = stored -> {
            stored.decidedBy(target.id(), FriendRequestStatus.AGREE);
            throw new DomainException(ReasonCode.NOT_FRIENDS);
        };

        assertRefused(ReasonCode.NOT_FRIENDS, () -> friendRequests().decide(request.id(), failing, NO_REMARKS));

        assertEquals(Optional.of(request), friendRequests().byId(request.id()));
        assertEquals(Optional.empty(), friendships().entry(applicant.id(), target.id()));
    }

    @Test
    void anUnknownRequestIsNotFound() {
        User someone = newUser();
        assertRefused(ReasonCode.REQUEST_NOT_FOUND, () -> friendRequests().decide(Long.MAX_VALUE,
                stored -> stored.decidedBy(someone.id(), FriendRequestStatus.AGREE), NO_REMARKS));
    }

    @Test
    void decidingPendingLeavesTheRequestPending() {
        User applicant = newUser();
        User target = newUser();
        FriendRequest request = ask(applicant, target);

        assertEquals(request, handle(request, target, FriendRequestStatus.PENDING, NO_REMARKS));

        assertTrue(friendRequests().pendingBetween(applicant.id(), target.id()));
        assertRefused(ReasonCode.REQUEST_PENDING, () -> ask(target, applicant));
    }

    @Test
    void parallelAgreeingOfOneRequestMakesOneFriendship() throws Exception {
        User applicant = newUser();
        User target = newUser();
        FriendRequest request = ask(applicant, target);

        List<String> outcomes = Concurrently.run(8, 8, i -> () -> outcome(
                () -> handle(request, target, FriendRequestStatus.AGREE, new Remarks("to T " + i, "to A " + i))));

        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter(ReasonCode.REQUEST_NOT_FOUND.name()::equals).count(),
                outcomes.toString());
        int winner = outcomes.indexOf("ok");
        assertEquals("to T " + winner, friendships().entry(applicant.id(), target.id()).orElseThrow().remark());
        assertEquals("to A " + winner, friendships().entry(target.id(), applicant.id()).orElseThrow().remark());
        assertEquals(1, friendships().contactsOf(applicant.id()).size());
        assertEquals(1, friendships().contactsOf(target.id()).size());
    }

    @Test
    void anAgreedRequestIsStoredWithItsFriendship() {
        User applicant = newUser();
        User target = newUser();

        FriendRequest agreed = friendRequests().createAgreed(applicant.id(), target.id(), "hi", AT,
                new Remarks("", "my A"));

        assertEquals(new FriendRequest(agreed.id(), applicant.id(), target.id(), "hi", FriendRequestStatus.AGREE, AT),
                agreed);
        assertEquals(Optional.of(agreed), friendRequests().byId(agreed.id()));
        assertEquals("", friendships().entry(applicant.id(), target.id()).orElseThrow().remark());
        assertEquals("my A", friendships().entry(target.id(), applicant.id()).orElseThrow().remark());
        assertFalse(friendRequests().pendingBetween(applicant.id(), target.id()));
        assertEquals(new Page<>(1, List.of(new Received(agreed, applicant))),
                friendRequests().addressedTo(target.id(), FIRST_PAGE));
    }

    // --- the target's list

    @Test
    void theRequestsToAUserAreListedNewestFirstWithTheirApplicants() {
        User target = newUser();
        User first = newUser();
        User second = newUser();
        User third = newUser();
        FriendRequest refused = handle(ask(first, target), target, FriendRequestStatus.REFUSE, NO_REMARKS);
        FriendRequest fromSecond = ask(second, target);
        FriendRequest fromThird = ask(third, target);
        ask(target, newUser());

        assertEquals(new Page<>(3, List.of(new Received(fromThird, third), new Received(fromSecond, second),
                new Received(refused, first))), friendRequests().addressedTo(target.id(), FIRST_PAGE));
        assertEquals(new Page<>(3, List.of(new Received(fromThird, third), new Received(fromSecond, second))),
                friendRequests().addressedTo(target.id(), new PageRequest(1, 2)));
        assertEquals(new Page<>(3, List.of(new Received(refused, first))),
                friendRequests().addressedTo(target.id(), new PageRequest(2, 2)));
        assertEquals(new Page<>(3, List.of()), friendRequests().addressedTo(target.id(), new PageRequest(3, 2)));
        assertEquals(2, friendRequests().pendingCountFor(target.id()));
    }

    // --- contacts

    @Test
    void theContactListLeavesDisabledUsersOutAndFlagsBlockedOnes() {
        User owner = newUser();
        User plain = newUser();
        User disabledFriend = newUser();
        User blockedFriend = newUser();
        User blockedStranger = newUser();
        friendships().befriend(owner.id(), "P", plain.id(), "");
        friendships().befriend(owner.id(), "", disabledFriend.id(), "");
        friendships().befriend(owner.id(), "B", blockedFriend.id(), "");
        disabled(disabledFriend);
        blocks().block(owner.id(), blockedFriend.id());
        blocks().block(owner.id(), blockedStranger.id());
        blocks().block(plain.id(), owner.id());

        List<Contact> contacts = friendships().contactsOf(owner.id());

        assertEquals(List.of(
                new Contact(friendships().entry(owner.id(), plain.id()).orElseThrow(), plain, false),
                new Contact(friendships().entry(owner.id(), blockedFriend.id()).orElseThrow(), blockedFriend, true)),
                contacts);
        assertEquals(List.of(), friendships().contactsOf(blockedStranger.id()));
        assertEquals(List.of(owner.id()),
                friendships().contactsOf(plain.id()).stream().map(contact -> contact.friend().id()).toList(),
                "a block is the blocker's own: it does not flag the blocker in the other's list");
    }

    @Test
    void anEntryIsUpdatedInPlace() {
        User owner = newUser();
        User friend = newUser();
        friendships().befriend(owner.id(), "old", friend.id(), "theirs");
        Friendship entry = friendships().entry(owner.id(), friend.id()).orElseThrow();
        Friendship changed = new Friendship(entry.id(), owner.id(), friend.id(), "new", entry.friendSeesMe(),
                entry.iSeeFriend(), entry.starred()).withStarToggled().withVisibility(false, true);

        assertTrue(friendships().update(changed));

        assertEquals(changed, friendships().entry(owner.id(), friend.id()).orElseThrow());
        Friendship theirs = friendships().entry(friend.id(), owner.id()).orElseThrow();
        assertEquals("theirs", theirs.remark());
        assertTrue(theirs.friendSeesMe());
        assertFalse(theirs.starred());
    }

    @Test
    void updatingAMissingEntryCreatesNothing() {
        User owner = newUser();
        User stranger = newUser();
        assertFalse(friendships().update(new Friendship(0, owner.id(), stranger.id(), "x", true, true, true)));
        assertEquals(Optional.empty(), friendships().entry(owner.id(), stranger.id()));
    }

    // --- ending a friendship

    @Test
    void unfriendingRemovesBothEntriesAndEveryRequestSoEitherMayAskAgain() {
        User a = newUser();
        User b = newUser();
        User other = newUser();
        handle(ask(b, a), a, FriendRequestStatus.REFUSE, NO_REMARKS);
        handle(ask(a, b), b, FriendRequestStatus.AGREE, NO_REMARKS);
        friendships().befriend(a.id(), "", other.id(), "");
        FriendRequest fromOther = ask(other, b);

        assertTrue(friendships().unfriend(a.id(), b.id()));

        assertEquals(Optional.empty(), friendships().entry(a.id(), b.id()));
        assertEquals(Optional.empty(), friendships().entry(b.id(), a.id()));
        assertEquals(new Page<>(0, List.of()), friendRequests().addressedTo(a.id(), FIRST_PAGE));
        assertEquals(new Page<>(1, List.of(new Received(fromOther, other))),
                friendRequests().addressedTo(b.id(), FIRST_PAGE), "requests between others stay");
        assertTrue(friendships().entry(a.id(), other.id()).isPresent(), "other friendships stay");
        assertFalse(friendships().unfriend(a.id(), b.id()), "there is nothing left to end");
        FriendRequest again = ask(b, a);
        assertEquals(Optional.of(again), friendRequests().pendingFrom(b.id(), a.id()));
    }

    @Test
    void unfriendingKeepsBlocks() {
        User a = newUser();
        User b = newUser();
        friendships().befriend(a.id(), "", b.id(), "");
        blocks().block(b.id(), a.id());
        assertTrue(friendships().unfriend(b.id(), a.id()));
        assertTrue(blocks().blocks(b.id(), a.id()));
    }

    // --- search

    @Test
    void theSearchFindsEnabledRegisteredUsersShortestNameFirst() {
        String fragment = freshFragment();
        User caller = registered(fragment + "me");
        User exact = registered(fragment);
        User createdFirst = registered("b" + fragment + "1");
        User createdSecond = registered("a" + fragment + "1");
        User longest = registered("zz" + fragment + "_q");
        visitor("v" + fragment);
        disabled(registered("d" + fragment));

        assertEquals(List.of(exact, createdFirst, createdSecond, longest),
                loadUsers().searchByUsername(fragment, caller.id(), FIRST_PAGE), "by length, then by id");
        assertEquals(List.of(createdSecond, longest),
                loadUsers().searchByUsername(fragment, caller.id(), new PageRequest(2, 2)));
        assertEquals(List.of(), loadUsers().searchByUsername(fragment, caller.id(), new PageRequest(3, 2)));
        assertEquals(List.of(exact, caller),
                loadUsers().searchByUsername(fragment, createdFirst.id(), new PageRequest(1, 2)),
                "the caller is left out, nobody else");
    }

    @Test
    void theSearchTakesWildcardsLiterally() {
        String fragment = freshFragment();
        User caller = newUser();
        User underscore = registered(fragment + "_z");
        registered(fragment + "xz");

        assertEquals(List.of(underscore), loadUsers().searchByUsername(fragment + "_z", caller.id(), FIRST_PAGE));
        assertEquals(List.of(), loadUsers().searchByUsername(fragment + "%", caller.id(), FIRST_PAGE));
        assertEquals(List.of(), loadUsers().searchByUsername("%", caller.id(), FIRST_PAGE));
        assertEquals(List.of(), loadUsers().searchByUsername(fragment + "!", caller.id(), FIRST_PAGE));
        assertEquals(List.of(), loadUsers().searchByUsername(fragment + "\\", caller.id(), FIRST_PAGE));
    }

    /** A name part no other test's user has, so that a search finds this test's users only. */
    private static String freshFragment() {
        return "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    /** "ok", or the reason the call was refused with. */
    private static String outcome(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (DomainException refused) {
            return refused.reason().name();
        }
    }
}
