package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.GroupStorePort.Listing;
import io.parley.chat.application.port.out.GroupStorePort.Member;
import io.parley.chat.application.port.out.GroupStorePort.NewGroup;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every store of groups and their members does (the Hibernate adapter on H2, PostgreSQL and MariaDB, and any
 * in-memory one): a group created with its members in one go, the owner first; updates of the group and of member
 * rows; the member list, the count the member limit takes (active and pending) and my groups; and adding a member,
 * which never passes the limit and never makes two rows for one user, even when many join at once. Tests create fresh
 * users and groups, so a shared store needs no cleaning.
 */
public abstract class GroupStoreContract {
    private static final Instant AT = ContractUsers.NOW;
    private static final int NO_LIMIT = 500;
    private static final PageRequest FIRST_PAGE = new PageRequest(1, 10);

    protected abstract GroupStorePort groups();

    /** Where the owners and members are created. */
    protected abstract SaveUserPort saveUsers();

    protected User newUser() {
        return new ContractUsers(saveUsers()).registered();
    }

    /** A group of the owner and the members, created at {@code AT} plus {@code second} seconds. */
    private Group newGroup(int second, User owner, User... members) {
        return groups().create(new NewGroup(UUID.randomUUID().toString(), owner.id(), "group of " + owner.username(),
                "https://example.com/a.png,https://example.com/b.png", AT.plusSeconds(second)),
                Arrays.stream(members).map(User::id).toList());
    }

    private static GroupMember joining(Group group, User user, MemberStatus status, int second) {
        return new GroupMember(group.id(), user.id(), "", "", status, AT.plusSeconds(second));
    }

    private static void assertRefused(ReasonCode reason, Executable call) {
        assertEquals(reason, assertThrows(DomainException.class, call).reason());
    }

    private List<UserId> memberIds(Group group) {
        return groups().members(group.id()).stream().map(member -> member.user().id()).toList();
    }

    // --- creating and reading

    @Test
    void aNewGroupIsStoredWithItsOwnerFirstAndEveryMemberActive() {
        User owner = newUser();
        User a = newUser();
        User b = newUser();
        NewGroup drafted = new NewGroup(UUID.randomUUID().toString(), owner.id(), "我们的群", "x.png,y.png", AT);

        Group group = groups().create(drafted, List.of(b.id(), a.id()));

        assertEquals(new Group(group.id(), drafted.uuid(), owner.id(), "我们的群", "x.png,y.png", "", JoinPolicy.OPEN,
                GroupStatus.ACTIVE, AT), group);
        assertEquals(Optional.of(group), groups().byId(group.id()));
        assertEquals(List.of(
                new Member(new GroupMember(group.id(), owner.id(), "", "", MemberStatus.ACTIVE, AT), owner),
                new Member(new GroupMember(group.id(), b.id(), "", "", MemberStatus.ACTIVE, AT), b),
                new Member(new GroupMember(group.id(), a.id(), "", "", MemberStatus.ACTIVE, AT), a)),
                groups().members(group.id()));
        assertEquals(3, groups().countMembers(group.id()));
        assertEquals(Optional.of(new GroupMember(group.id(), a.id(), "", "", MemberStatus.ACTIVE, AT)),
                groups().membership(group.id(), a.id()));
    }

    @Test
    void theOwnerAndRepeatedMembersAreStoredOnce() {
        User owner = newUser();
        User a = newUser();
        Group group = groups().create(new NewGroup(UUID.randomUUID().toString(), owner.id(), "g", "x.png", AT),
                List.of(a.id(), owner.id(), a.id()));
        assertEquals(List.of(owner.id(), a.id()), memberIds(group));
        assertEquals(2, groups().countMembers(group.id()));
    }

    @Test
    void anUnknownGroupHasNothing() {
        User someone = newUser();
        GroupId unknown = GroupId.of(Long.MAX_VALUE);
        assertEquals(Optional.empty(), groups().byId(unknown));
        assertEquals(List.of(), groups().members(unknown));
        assertEquals(0, groups().countMembers(unknown));
        assertEquals(Optional.empty(), groups().membership(unknown, someone.id()));
    }

    @Test
    void aMembershipBelongsToOneGroupAndOneUser() {
        User owner = newUser();
        User a = newUser();
        User stranger = newUser();
        Group withA = newGroup(0, owner, a);
        Group withoutA = newGroup(0, owner);
        assertTrue(groups().membership(withA.id(), a.id()).isPresent());
        assertEquals(Optional.empty(), groups().membership(withoutA.id(), a.id()));
        assertEquals(Optional.empty(), groups().membership(withA.id(), stranger.id()));
    }

    @Test
    void anUpdateStoresWhatMayChangeOfAGroup() {
        User owner = newUser();
        Group group = newGroup(0, owner);
        Group other = newGroup(0, owner);
        Group changed = group.renamed("new name").withAvatar("n.png").announcing("公告: read me")
                .withJoinPolicy(new JoinPolicy(7)).withStatus(GroupStatus.LOCKED);

        groups().update(changed);

        assertEquals(Optional.of(changed), groups().byId(group.id()));
        assertEquals(Optional.of(other), groups().byId(other.id()), "other groups stay as they were");
        groups().update(changed.withStatus(GroupStatus.DISSOLVED).announcing(""));
        assertEquals(Optional.of(changed.withStatus(GroupStatus.DISSOLVED).announcing("")),
                groups().byId(group.id()));
    }

    @Test
    void theMembersAreEveryRowWithItsUserInTheOrderTheyJoined() {
        User owner = newUser();
        User early = newUser();
        User pending = newUser();
        User late = newUser();
        Group group = newGroup(0, owner, early);
        groups().addMember(joining(group, late, MemberStatus.ACTIVE, 20), NO_LIMIT);
        groups().addMember(joining(group, pending, MemberStatus.PENDING, 10), NO_LIMIT);
        groups().updateMember(groups().membership(group.id(), early.id()).orElseThrow()
                .withStatus(MemberStatus.MUTED).withNickname("早"));

        List<Member> members = groups().members(group.id());

        assertEquals(List.of(owner.id(), early.id(), pending.id(), late.id()),
                members.stream().map(member -> member.user().id()).toList());
        assertEquals(List.of(MemberStatus.ACTIVE, MemberStatus.MUTED, MemberStatus.PENDING, MemberStatus.ACTIVE),
                members.stream().map(member -> member.membership().status()).toList());
        assertEquals(new Member(new GroupMember(group.id(), early.id(), "早", "", MemberStatus.MUTED, AT), early),
                members.get(1));
        assertEquals("早", members.get(1).displayName());
        assertEquals(late, members.get(3).user());
    }

    @Test
    void theCountTakesActivePendingAndMutedMembers() {
        User owner = newUser();
        User muted = newUser();
        Group group = newGroup(0, owner, muted, newUser());
        groups().addMember(joining(group, newUser(), MemberStatus.PENDING, 1), NO_LIMIT);
        groups().updateMember(groups().membership(group.id(), muted.id()).orElseThrow()
                .withStatus(MemberStatus.MUTED));
        assertEquals(4, groups().countMembers(group.id()), "muting someone makes no room");
    }

    // --- my groups

    @Test
    void myGroupsAreThoseIAmAMemberOfThatLiveOnNewestFirstWithMyRow() {
        User me = newUser();
        User owner = newUser();
        Group oldest = newGroup(1, owner, me);
        Group whereIAmMuted = newGroup(2, owner, me);
        Group whereIWait = newGroup(3, owner);
        Group dissolved = newGroup(4, owner, me);
        Group locked = newGroup(5, owner, me);
        Group mine = newGroup(6, me);
        newGroup(7, owner);
        GroupMember muted = groups().membership(whereIAmMuted.id(), me.id()).orElseThrow()
                .withStatus(MemberStatus.MUTED);
        groups().updateMember(muted);
        groups().addMember(joining(whereIWait, me, MemberStatus.PENDING, 8), NO_LIMIT);
        groups().update(dissolved.withStatus(GroupStatus.DISSOLVED));
        Group lockedNow = locked.withStatus(GroupStatus.LOCKED);
        groups().update(lockedNow);

        Page<Listing> page = groups().groupsOf(me.id(), FIRST_PAGE);

        assertEquals(new Page<>(4, List.of(
                new Listing(mine, groups().membership(mine.id(), me.id()).orElseThrow()),
                new Listing(lockedNow, groups().membership(locked.id(), me.id()).orElseThrow()),
                new Listing(whereIAmMuted, muted),
                new Listing(oldest, groups().membership(oldest.id(), me.id()).orElseThrow()))), page);
        assertEquals(new Page<>(4, List.of(page.rows().get(2), page.rows().get(3))),
                groups().groupsOf(me.id(), new PageRequest(2, 2)));
        assertEquals(new Page<>(4, List.of()), groups().groupsOf(me.id(), new PageRequest(3, 2)));
        assertEquals(new Page<>(0, List.of()), groups().groupsOf(newUser().id(), FIRST_PAGE));
    }

    // --- adding members

    @Test
    void anAddedMemberIsStoredAsGiven() {
        User owner = newUser();
        User joiner = newUser();
        Group group = newGroup(0, owner);
        GroupMember joining = new GroupMember(group.id(), joiner.id(), "nick", "me.png", MemberStatus.PENDING,
                AT.plusSeconds(3));

        assertEquals(joining, groups().addMember(joining, NO_LIMIT));

        assertEquals(Optional.of(joining), groups().membership(group.id(), joiner.id()));
        assertEquals(2, groups().countMembers(group.id()));
    }

    @Test
    void aUserWithARowAlreadyIsRefusedByWhatTheRowSays() {
        User owner = newUser();
        User active = newUser();
        User muted = newUser();
        User pending = newUser();
        Group group = newGroup(0, owner, active, muted);
        groups().updateMember(groups().membership(group.id(), muted.id()).orElseThrow()
                .withStatus(MemberStatus.MUTED));
        GroupMember waiting = groups().addMember(joining(group, pending, MemberStatus.PENDING, 1), NO_LIMIT);

        assertRefused(ReasonCode.ALREADY_MEMBER,
                () -> groups().addMember(joining(group, active, MemberStatus.PENDING, 2), NO_LIMIT));
        assertRefused(ReasonCode.ALREADY_MEMBER,
                () -> groups().addMember(joining(group, muted, MemberStatus.ACTIVE, 2), NO_LIMIT));
        assertRefused(ReasonCode.ALREADY_MEMBER,
                () -> groups().addMember(joining(group, owner, MemberStatus.ACTIVE, 2), NO_LIMIT));
        assertRefused(ReasonCode.JOIN_PENDING,
                () -> groups().addMember(joining(group, pending, MemberStatus.ACTIVE, 2), NO_LIMIT));

        assertEquals(Optional.of(waiting), groups().membership(group.id(), pending.id()), "the row stays as it was");
        assertEquals(MemberStatus.MUTED, groups().membership(group.id(), muted.id()).orElseThrow().status());
        assertEquals(4, groups().members(group.id()).size());
    }

    @Test
    void aFullGroupTakesNobodyPendingAndMutedIncluded() {
        User owner = newUser();
        User muted = newUser();
        Group group = newGroup(0, owner, muted);
        groups().updateMember(groups().membership(group.id(), muted.id()).orElseThrow()
                .withStatus(MemberStatus.MUTED));
        groups().addMember(joining(group, newUser(), MemberStatus.PENDING, 1), 3);
        User refused = newUser();

        assertRefused(ReasonCode.GROUP_FULL,
                () -> groups().addMember(joining(group, refused, MemberStatus.PENDING, 2), 3));
        assertRefused(ReasonCode.GROUP_FULL,
                () -> groups().addMember(joining(group, refused, MemberStatus.ACTIVE, 2), 3));

        assertEquals(Optional.empty(), groups().membership(group.id(), refused.id()));
        assertEquals(3, groups().countMembers(group.id()));
        groups().addMember(joining(group, refused, MemberStatus.ACTIVE, 3), 4);
        assertEquals(4, groups().countMembers(group.id()));
    }

    @Test
    void noMemberJoinsAGroupThatDoesNotExist() {
        User joiner = newUser();
        assertRefused(ReasonCode.GROUP_NOT_FOUND,
                () -> groups().addMember(new GroupMember(GroupId.of(Long.MAX_VALUE), joiner.id(), "", "",
                        MemberStatus.ACTIVE, AT), NO_LIMIT));
    }

    @Test
    void parallelJoinsNeverPassTheLimit() throws Exception {
        User owner = newUser();
        Group group = newGroup(0, owner);
        List<User> joiners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            joiners.add(newUser());
        }

        // room for 10 besides the owner, asked by 20 at once
        List<String> outcomes = Concurrently.run(20, 20, i -> () -> outcome(
                () -> groups().addMember(joining(group, joiners.get(i), MemberStatus.ACTIVE, 1), 11)));

        assertEquals(10, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(10, outcomes.stream().filter(ReasonCode.GROUP_FULL.name()::equals).count(), outcomes.toString());
        assertEquals(11, groups().countMembers(group.id()));
        List<UserId> members = memberIds(group);
        assertEquals(11, members.size());
        for (int i = 0; i < joiners.size(); i++) {
            assertEquals("ok".equals(outcomes.get(i)), members.contains(joiners.get(i).id()), "joiner " + i);
        }
    }

    @Test
    void parallelJoinsOfOneUserMakeOneRow() throws Exception {
        User owner = newUser();
        User joiner = newUser();
        Group group = newGroup(0, owner);

        List<String> outcomes = Concurrently.run(8, 8, i -> () -> outcome(
                () -> groups().addMember(joining(group, joiner, MemberStatus.PENDING, 1), NO_LIMIT)));

        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter(ReasonCode.JOIN_PENDING.name()::equals).count(),
                outcomes.toString());
        assertEquals(List.of(owner.id(), joiner.id()), memberIds(group));
    }

    // --- changing and removing member rows

    @Test
    void aMemberRowTakesItsNewStatusAndNickname() {
        User owner = newUser();
        User a = newUser();
        User b = newUser();
        Group group = newGroup(0, owner, a, b);
        GroupMember before = groups().membership(group.id(), a.id()).orElseThrow();
        GroupMember changed = before.withStatus(MemberStatus.MUTED).withNickname("小A");

        assertTrue(groups().updateMember(changed));

        assertEquals(Optional.of(changed), groups().membership(group.id(), a.id()));
        assertEquals(MemberStatus.ACTIVE, groups().membership(group.id(), b.id()).orElseThrow().status());
        assertTrue(groups().updateMember(changed.withStatus(MemberStatus.ACTIVE).withNickname("")));
        assertEquals(Optional.of(before), groups().membership(group.id(), a.id()));
    }

    @Test
    void updatingAMissingRowCreatesNothing() {
        User owner = newUser();
        User stranger = newUser();
        Group group = newGroup(0, owner);
        assertFalse(groups().updateMember(joining(group, stranger, MemberStatus.ACTIVE, 0)));
        assertEquals(Optional.empty(), groups().membership(group.id(), stranger.id()));
    }

    @Test
    void aRemovedMemberIsGoneAndMayJoinAgain() {
        User owner = newUser();
        User leaver = newUser();
        User stays = newUser();
        Group group = newGroup(0, owner, leaver, stays);

        assertTrue(groups().removeMember(group.id(), leaver.id()));

        assertEquals(Optional.empty(), groups().membership(group.id(), leaver.id()));
        assertEquals(List.of(owner.id(), stays.id()), memberIds(group));
        assertEquals(2, groups().countMembers(group.id()));
        assertFalse(groups().removeMember(group.id(), leaver.id()), "there is nothing left to remove");
        GroupMember again = groups().addMember(joining(group, leaver, MemberStatus.ACTIVE, 9), NO_LIMIT);
        assertEquals(Optional.of(again), groups().membership(group.id(), leaver.id()));
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
