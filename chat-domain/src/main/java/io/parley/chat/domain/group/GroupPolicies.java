package io.parley.chat.domain.group;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;

/**
 * Who may do what in a group (API.md f.1, f.2, f.3 as j.6, j.9 and j.10 fix them). Each method checks one action and
 * refuses with its reason; the order of the checks is the order of the reasons a client sees. A dissolved group
 * answers every request with {@code GROUP_DISSOLVED}; a locked one refuses every write with {@code GROUP_LOCKED} and
 * still allows reading, quitting and dissolving.
 */
public final class GroupPolicies {
    private GroupPolicies() {
    }

    /** Reads (info #24, list #23, QR #33, history) and leaving: anything but a dissolved group. */
    public static void requireNotDissolved(Group group) {
        if (group.status() == GroupStatus.DISSOLVED) {
            throw new DomainException(ReasonCode.GROUP_DISSOLVED);
        }
    }

    /** Every write: neither dissolved nor locked. */
    public static void requireWritable(Group group) {
        requireNotDissolved(group);
        if (group.status() == GroupStatus.LOCKED) {
            throw new DomainException(ReasonCode.GROUP_LOCKED);
        }
    }

    /** The owner's edits: rename (#25), announcement (#26), join policy (#28). */
    public static void checkOwnerEdit(Group group, UserId actor) {
        requireWritable(group);
        if (!group.isOwnedBy(actor)) {
            throw new DomainException(ReasonCode.NOT_GROUP_OWNER);
        }
    }

    /** #27 kick, and muting: the owner, on someone else who is in the group (pending requests included for #27). */
    public static void checkKick(Group group, UserId actor, UserId target, Optional<GroupMember> targetMembership) {
        checkOwnerEdit(group, actor);
        if (group.isOwnedBy(target)) {
            throw new DomainException(ReasonCode.SELF_NOT_ALLOWED);
        }
        if (targetMembership.isEmpty()) {
            throw new DomainException(ReasonCode.NOT_GROUP_MEMBER);
        }
    }

    /** {@code groupMuteUser}: as a kick, and only members can be muted or unmuted (not a pending request). */
    public static GroupMember mute(Group group, UserId actor, UserId target, Optional<GroupMember> targetMembership,
            boolean mute) {
        checkKick(group, actor, target, targetMembership);
        GroupMember member = targetMembership.get();
        if (!member.isMember()) {
            throw new DomainException(ReasonCode.NOT_GROUP_MEMBER);
        }
        return member.withStatus(mute ? MemberStatus.MUTED : MemberStatus.ACTIVE);
    }

    /**
     * #29: the owner lets a pending member in or turns them away; anyone not pending: {@code REQUEST_NOT_FOUND}.
     *
     * @return the member as they are once let in (a refusal removes the row instead)
     */
    public static GroupMember decideJoin(Group group, UserId actor, Optional<GroupMember> candidate) {
        checkOwnerEdit(group, actor);
        if (candidate.isEmpty() || candidate.get().status() != MemberStatus.PENDING) {
            throw new DomainException(ReasonCode.REQUEST_NOT_FOUND);
        }
        return candidate.get().withStatus(MemberStatus.ACTIVE);
    }

    /**
     * #30, in order: the group takes writes; {@code inviteuser_id}, when given, is the caller (G-G1); the caller is the
     * joiner (a self-join, e.g. from a QR code) or a member inviting — a visitor only joins themself; the joiner is
     * not in the group already ({@code JOIN_PENDING} / {@code ALREADY_MEMBER}) and is an enabled user; the group has
     * room (active and pending count); then the join policy decides.
     *
     * @return {@code ACTIVE} when the joiner is in at once, {@code PENDING} when the owner must approve (G-G2)
     */
    public static MemberStatus admit(JoinRequest request) {
        Group group = request.group();
        requireWritable(group);
        User caller = request.caller();
        if (request.inviterId() > 0 && request.inviterId() != caller.id().value()) {
            throw new ValidationException("inviteuser_id", Problem.MISMATCH, "the caller");
        }
        if (!request.selfJoin()) {
            if (caller.isVisitor()) {
                throw new DomainException(ReasonCode.VISITOR_FORBIDDEN);
            }
            if (request.callerMembership().filter(GroupMember::isMember).isEmpty()) {
                throw new DomainException(ReasonCode.NOT_GROUP_MEMBER);
            }
        }
        if (request.joinerMembership().isPresent()) {
            throw new DomainException(request.joinerMembership().get().status() == MemberStatus.PENDING
                    ? ReasonCode.JOIN_PENDING : ReasonCode.ALREADY_MEMBER);
        }
        User joiner = request.joiner().filter(User::isEnabled)
                .orElseThrow(() -> new DomainException(ReasonCode.USER_NOT_FOUND));
        checkRoom(request.members() + 1, request.maxMembers());
        if (request.invitedByOwner()) {
            return MemberStatus.ACTIVE;
        }
        JoinPolicy policy = group.joinPolicy();
        if (policy.refusesVisitors() && joiner.isVisitor()) {
            throw new DomainException(ReasonCode.LOGIN_REQUIRED);
        }
        return policy.admitsWithoutApproval(joiner.isVisitor()) ? MemberStatus.ACTIVE : MemberStatus.PENDING;
    }

    /** #22 and #30: a group holds at most {@code maxMembers}, pending ones included ({@code GROUP_FULL}). */
    public static void checkRoom(int membersAfter, int maxMembers) {
        if (membersAfter > maxMembers) {
            throw new DomainException(ReasonCode.GROUP_FULL);
        }
    }

    /** #31: a member (active or muted) names themself in a group that takes writes. */
    public static void checkGroupNickname(Group group, Optional<GroupMember> mine) {
        requireWritable(group);
        requireMember(mine);
    }

    /** #32: what leaving means for this user: the owner dissolves, anyone else in the group (pending too) quits. */
    public static Leaving leave(Group group, UserId actor, Optional<GroupMember> mine) {
        requireNotDissolved(group);
        if (group.isOwnedBy(actor)) {
            return Leaving.DISSOLVE;
        }
        if (mine.isEmpty()) {
            throw new DomainException(ReasonCode.NOT_GROUP_MEMBER);
        }
        return Leaving.QUIT;
    }

    /** The group branch of #20: a member who is not muted, in a group that takes writes. */
    public static void checkSend(Group group, Optional<GroupMember> sender) {
        requireWritable(group);
        GroupMember member = requireMember(sender);
        if (member.status() == MemberStatus.MUTED) {
            throw new DomainException(ReasonCode.MUTED);
        }
    }

    /** Members' reads of a group that is not dissolved: the QR code (#33), history. */
    public static void checkMemberRead(Group group, Optional<GroupMember> mine) {
        requireNotDissolved(group);
        requireMember(mine);
    }

    /**
     * A group's history and read pointer: any member (not a pending one), whatever the group's state — a locked
     * group is read as usual, and the members of a dissolved one keep what they could read (G-G8, API.md j.9).
     */
    public static void checkHistoryRead(Optional<GroupMember> mine) {
        requireMember(mine);
    }

    /**
     * #37 in a group: the caller is a member of a group that is not dissolved (locked is fine: taking a message back
     * is no new writing); whether the message is theirs to recall is the {@code RecallPolicy}'s question.
     */
    public static void checkRecall(Group group, Optional<GroupMember> mine) {
        requireNotDissolved(group);
        requireMember(mine);
    }

    private static GroupMember requireMember(Optional<GroupMember> membership) {
        return membership.filter(GroupMember::isMember)
                .orElseThrow(() -> new DomainException(ReasonCode.NOT_GROUP_MEMBER));
    }

    /** What #32 does for its caller. */
    public enum Leaving {
        DISSOLVE,
        QUIT
    }
}
