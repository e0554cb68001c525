package io.parley.chat.domain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserInfo;
import io.parley.chat.domain.user.UserStatus;
import io.parley.chat.domain.user.Username;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table of API.md f.1 — every action for the owner, an active member, a pending member, a user outside the group
 * and a visitor outside it — and every join policy of f.2, as j.6, j.9 and j.10 fix them.
 */
class GroupPoliciesTest {
    private static final Instant AT = Instant.parse("2024-06-01T10:00:00Z");
    private static final GroupId GROUP = GroupId.of(7);

    private static final User OWNER = user(1, false);
    private static final User MEMBER = user(2, false);
    private static final User PENDING = user(3, false);
    private static final User OUTSIDER = user(4, false);
    private static final User VISITOR = user(5, true);
    private static final User MUTED = user(6, false);

    private static User user(long id, boolean visitor) {
        NewUser created = visitor
                ? NewUser.visitor("uuid-" + id, new Username("VISvisitor" + id), "hash",
                        new DeviceId("device-" + id + "-".repeat(36 - 7 - Long.toString(id).length())),
                        DeviceInfo.UNKNOWN, "10.0.0.1", AT)
                : NewUser.registered("uuid-" + id, new Username("user_" + id), "hash", "10.0.0.1", AT);
        return created.withId(UserId.of(id), UserInfo.EMPTY);
    }

    private static Group group(GroupStatus status, int policy) {
        return new Group(GROUP, "group-uuid", OWNER.id(), "Friends", "", "", new JoinPolicy(policy), status, AT);
    }

    private static final Group ACTIVE = group(GroupStatus.ACTIVE, 0);

    /** Where each of the table's users stands in the group. */
    private static Optional<GroupMember> membership(User user) {
        MemberStatus status = user == OWNER || user == MEMBER ? MemberStatus.ACTIVE
                : user == PENDING ? MemberStatus.PENDING : user == MUTED ? MemberStatus.MUTED : null;
        return status == null ? Optional.empty()
                : Optional.of(new GroupMember(GROUP, user.id(), "", "", status, AT));
    }

    private static void assertRefused(ReasonCode reason, Runnable action) {
        DomainException refused = assertThrows(DomainException.class, action::run);
        assertEquals(reason, refused.reason());
    }

    /** Each user of the table with the reason an action refuses them, or null when it allows them. */
    private static void table(Consumer<User> action, ReasonCode owner, ReasonCode member, ReasonCode pending,
            ReasonCode outsider, ReasonCode visitor) {
        User[] users = {OWNER, MEMBER, PENDING, OUTSIDER, VISITOR};
        ReasonCode[] expected = {owner, member, pending, outsider, visitor};
        for (int i = 0; i < users.length; i++) {
            User user = users[i];
            if (expected[i] == null) {
                action.accept(user);
            } else {
                ReasonCode reason = expected[i];
                DomainException refused = assertThrows(DomainException.class, () -> action.accept(user),
                        user.username().value());
                assertEquals(reason, refused.reason(), user.username().value());
            }
        }
    }

    @Test
    void renameAnnounceAndJoinPolicyAreTheOwners() {
        table(user -> GroupPolicies.checkOwnerEdit(ACTIVE, user.id()), null, ReasonCode.NOT_GROUP_OWNER,
                ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER);
    }

    @Test
    void onlyTheOwnerKicksAndNeverThemself() {
        table(user -> GroupPolicies.checkKick(ACTIVE, user.id(), MEMBER.id(), membership(MEMBER)), null,
                ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER, ReasonCode.NOT_GROUP_OWNER,
                ReasonCode.NOT_GROUP_OWNER);
        assertRefused(ReasonCode.SELF_NOT_ALLOWED,
                () -> GroupPolicies.checkKick(ACTIVE, OWNER.id(), OWNER.id(), membership(OWNER)));
        assertRefused(ReasonCode.NOT_GROUP_MEMBER,
                () -> GroupPolicies.checkKick(ACTIVE, OWNER.id(), OUTSIDER.id(), membership(OUTSIDER)));
        GroupPolicies.checkKick(ACTIVE, OWNER.id(), PENDING.id(), membership(PENDING));
    }

    @Test
    void onlyTheOwnerMutesAndOnlyMembers() {
        assertEquals(MemberStatus.MUTED,
                GroupPolicies.mute(ACTIVE, OWNER.id(), MEMBER.id(), membership(MEMBER), true).status());
        assertEquals(MemberStatus.ACTIVE,
                GroupPolicies.mute(ACTIVE, OWNER.id(), MUTED.id(), membership(MUTED), false).status());
        assertRefused(ReasonCode.NOT_GROUP_OWNER,
                () -> GroupPolicies.mute(ACTIVE, MEMBER.id(), MUTED.id(), membership(MUTED), true));
        assertRefused(ReasonCode.NOT_GROUP_MEMBER,
                () -> GroupPolicies.mute(ACTIVE, OWNER.id(), PENDING.id(), membership(PENDING), true));
    }

    @Test
    void theOwnerDecidesPendingRequestsOnly() {
        assertEquals(MemberStatus.ACTIVE,
                GroupPolicies.decideJoin(ACTIVE, OWNER.id(), membership(PENDING)).status());
        assertRefused(ReasonCode.REQUEST_NOT_FOUND,
                () -> GroupPolicies.decideJoin(ACTIVE, OWNER.id(), membership(MEMBER)));
        assertRefused(ReasonCode.REQUEST_NOT_FOUND,
                () -> GroupPolicies.decideJoin(ACTIVE, OWNER.id(), membership(OUTSIDER)));
        assertRefused(ReasonCode.NOT_GROUP_OWNER,
                () -> GroupPolicies.decideJoin(ACTIVE, MEMBER.id(), membership(PENDING)));
    }

    @Test
    void membersSendAndTheMutedDoNot() {
        table(user -> GroupPolicies.checkSend(ACTIVE, membership(user)), null, null, ReasonCode.NOT_GROUP_MEMBER,
                ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER);
        assertRefused(ReasonCode.MUTED, () -> GroupPolicies.checkSend(ACTIVE, membership(MUTED)));
    }

    @Test
    void membersNameThemselvesAndReadTheQrCode() {
        table(user -> GroupPolicies.checkGroupNickname(ACTIVE, membership(user)), null, null,
                ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER);
        table(user -> GroupPolicies.checkMemberRead(ACTIVE, membership(user)), null, null,
                ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER);
        GroupPolicies.checkMemberRead(ACTIVE, membership(MUTED));
    }

    @Test
    void membersReadTheHistoryWhateverTheGroupsState() {
        table(user -> GroupPolicies.checkHistoryRead(membership(user)), null, null, ReasonCode.NOT_GROUP_MEMBER,
                ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER);
        GroupPolicies.checkHistoryRead(membership(MUTED));
    }

    @Test
    void membersRecallInAGroupThatIsNotDissolved() {
        table(user -> GroupPolicies.checkRecall(ACTIVE, membership(user)), null, null, ReasonCode.NOT_GROUP_MEMBER,
                ReasonCode.NOT_GROUP_MEMBER, ReasonCode.NOT_GROUP_MEMBER);
        GroupPolicies.checkRecall(group(GroupStatus.LOCKED, 0), membership(MEMBER));
        assertRefused(ReasonCode.GROUP_DISSOLVED,
                () -> GroupPolicies.checkRecall(group(GroupStatus.DISSOLVED, 0), membership(MEMBER)));
    }

    @Test
    void theOwnerDissolvesAndEveryoneElseInTheGroupQuits() {
        assertEquals(GroupPolicies.Leaving.DISSOLVE, GroupPolicies.leave(ACTIVE, OWNER.id(), membership(OWNER)));
        assertEquals(GroupPolicies.Leaving.QUIT, GroupPolicies.leave(ACTIVE, MEMBER.id(), membership(MEMBER)));
        assertEquals(GroupPolicies.Leaving.QUIT, GroupPolicies.leave(ACTIVE, PENDING.id(), membership(PENDING)));
        assertRefused(ReasonCode.NOT_GROUP_MEMBER,
                () -> GroupPolicies.leave(ACTIVE, OUTSIDER.id(), membership(OUTSIDER)));
        assertRefused(ReasonCode.NOT_GROUP_MEMBER,
                () -> GroupPolicies.leave(ACTIVE, VISITOR.id(), membership(VISITOR)));
    }

    @Test
    void aLockedGroupRefusesWritesAndAllowsReadsQuittingAndDissolving() {
        Group locked = group(GroupStatus.LOCKED, 0);
        assertRefused(ReasonCode.GROUP_LOCKED, () -> GroupPolicies.checkOwnerEdit(locked, OWNER.id()));
        assertRefused(ReasonCode.GROUP_LOCKED, () -> GroupPolicies.checkSend(locked, membership(MEMBER)));
        assertRefused(ReasonCode.GROUP_LOCKED, () -> GroupPolicies.checkGroupNickname(locked, membership(MEMBER)));
        assertRefused(ReasonCode.GROUP_LOCKED,
                () -> GroupPolicies.checkKick(locked, OWNER.id(), MEMBER.id(), membership(MEMBER)));
        assertRefused(ReasonCode.GROUP_LOCKED,
                () -> GroupPolicies.admit(join(locked, OUTSIDER, OUTSIDER)));
        GroupPolicies.checkMemberRead(locked, membership(MEMBER));
        assertEquals(GroupPolicies.Leaving.QUIT, GroupPolicies.leave(locked, MEMBER.id(), membership(MEMBER)));
        assertEquals(GroupPolicies.Leaving.DISSOLVE, GroupPolicies.leave(locked, OWNER.id(), membership(OWNER)));
    }

    @Test
    void aDissolvedGroupAnswersEverythingWithDissolved() {
        Group dissolved = group(GroupStatus.DISSOLVED, 0);
        for (Runnable action : new Runnable[] {
            () -> GroupPolicies.checkOwnerEdit(dissolved, OWNER.id()),
            () -> GroupPolicies.checkSend(dissolved, membership(MEMBER)),
            () -> GroupPolicies.checkMemberRead(dissolved, membership(MEMBER)),
            () -> GroupPolicies.leave(dissolved, OWNER.id(), membership(OWNER)),
            () -> GroupPolicies.requireNotDissolved(dissolved),
            () -> GroupPolicies.admit(join(dissolved, OUTSIDER, OUTSIDER))}) {
            assertRefused(ReasonCode.GROUP_DISSOLVED, action);
        }
    }

    // --- #30: invite and join

    private static JoinRequest join(Group group, User caller, User joiner) {
        return new JoinRequest(group, caller, membership(caller), Optional.of(joiner), membership(joiner), 0, 3, 500);
    }

    /** Policy, caller, joiner → what #30 decides ({@code null} reason = admitted with that status). */
    static Stream<Arguments> joins() {
        return Stream.of(
                // 0: anyone joins at once, by themself or invited by a member
                Arguments.of(0, OUTSIDER, OUTSIDER, MemberStatus.ACTIVE, null),
                Arguments.of(0, VISITOR, VISITOR, MemberStatus.ACTIVE, null),
                Arguments.of(0, MEMBER, OUTSIDER, MemberStatus.ACTIVE, null),
                // 1: the owner approves, unless the owner invites
                Arguments.of(1, OUTSIDER, OUTSIDER, MemberStatus.PENDING, null),
                Arguments.of(1, MEMBER, OUTSIDER, MemberStatus.PENDING, null),
                Arguments.of(1, OWNER, OUTSIDER, MemberStatus.ACTIVE, null),
                Arguments.of(1, VISITOR, VISITOR, MemberStatus.PENDING, null),
                // 2: users join at once, visitors must log in (G-G2: never active before approval, never pending)
                Arguments.of(2, OUTSIDER, OUTSIDER, MemberStatus.ACTIVE, null),
                Arguments.of(2, VISITOR, VISITOR, null, ReasonCode.LOGIN_REQUIRED),
                Arguments.of(2, MEMBER, VISITOR, null, ReasonCode.LOGIN_REQUIRED),
                Arguments.of(2, OWNER, VISITOR, MemberStatus.ACTIVE, null),
                // any other value: like 1
                Arguments.of(3, OUTSIDER, OUTSIDER, MemberStatus.PENDING, null),
                Arguments.of(10, MEMBER, OUTSIDER, MemberStatus.PENDING, null),
                Arguments.of(10, OWNER, OUTSIDER, MemberStatus.ACTIVE, null),
                // nobody adds someone else unless they are in the group (G-G1), and a visitor only joins themself
                Arguments.of(0, OUTSIDER, VISITOR, null, ReasonCode.NOT_GROUP_MEMBER),
                Arguments.of(0, PENDING, OUTSIDER, null, ReasonCode.NOT_GROUP_MEMBER),
                Arguments.of(0, VISITOR, OUTSIDER, null, ReasonCode.VISITOR_FORBIDDEN),
                // the joiner is not in the group already
                Arguments.of(0, OWNER, MEMBER, null, ReasonCode.ALREADY_MEMBER),
                Arguments.of(0, PENDING, PENDING, null, ReasonCode.JOIN_PENDING),
                Arguments.of(0, MUTED, MUTED, null, ReasonCode.ALREADY_MEMBER));
    }

    @ParameterizedTest(name = "policy {0}: {1} adds {2} -> {3} {4}")
    @MethodSource("joins")
    void everyJoinPolicyDecidesAsJ6Says(int policy, User caller, User joiner, MemberStatus admitted,
            ReasonCode refused) {
        JoinRequest request = join(group(GroupStatus.ACTIVE, policy), caller, joiner);
        if (refused == null) {
            assertEquals(admitted, GroupPolicies.admit(request));
        } else {
            assertRefused(refused, () -> GroupPolicies.admit(request));
        }
    }

    @Test
    void theInviterNamedMustBeTheCaller() {
        JoinRequest naming = new JoinRequest(ACTIVE, MEMBER, membership(MEMBER), Optional.of(OUTSIDER),
                Optional.empty(), OWNER.id().value(), 3, 500);
        ValidationException refused = assertThrows(ValidationException.class, () -> GroupPolicies.admit(naming));
        assertEquals(Optional.of("inviteuser_id"), refused.field());
        JoinRequest self = new JoinRequest(ACTIVE, MEMBER, membership(MEMBER), Optional.of(OUTSIDER),
                Optional.empty(), MEMBER.id().value(), 3, 500);
        assertEquals(MemberStatus.ACTIVE, GroupPolicies.admit(self));
    }

    @Test
    void aMissingOrDisabledJoinerIsNotFound() {
        User disabled = OUTSIDER.withStatus(UserStatus.DISABLED, AT);
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> GroupPolicies.admit(new JoinRequest(ACTIVE, OWNER,
                membership(OWNER), Optional.of(disabled), Optional.empty(), 0, 3, 500)));
        assertRefused(ReasonCode.USER_NOT_FOUND, () -> GroupPolicies.admit(new JoinRequest(ACTIVE, OWNER,
                membership(OWNER), Optional.empty(), Optional.empty(), 0, 3, 500)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aFullGroupTakesNobodyPendingIncluded(int policy) {
        JoinRequest full = new JoinRequest(group(GroupStatus.ACTIVE, policy), OWNER, membership(OWNER),
                Optional.of(OUTSIDER), Optional.empty(), 0, 500, 500);
        assertRefused(ReasonCode.GROUP_FULL, () -> GroupPolicies.admit(full));
        GroupPolicies.checkRoom(500, 500);
        assertRefused(ReasonCode.GROUP_FULL, () -> GroupPolicies.checkRoom(501, 500));
    }

    @ParameterizedTest
    @EnumSource(GroupStatus.class)
    void statusCodesAreTheSeeds(GroupStatus status) {
        assertEquals(status, GroupStatus.ofCode(status.code()));
    }

    @Test
    void joinPoliciesOutsideZeroToTenAreInvalid() {
        assertThrows(ValidationException.class, () -> new JoinPolicy(-1));
        assertThrows(ValidationException.class, () -> new JoinPolicy(11));
    }
}
