package io.parley.chat.domain.group;

import io.parley.chat.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * What #30 decides on (API.md f.3 as j.6 fixes it): who asks, who is to join, and where each stands.
 *
 * @param caller the user making the request
 * @param callerMembership the caller's place in the group, if any
 * @param joiner the user to join, if they exist
 * @param joinerMembership the joiner's place in the group already, if any
 * @param inviterId {@code inviteuser_id} as given; absent or ≤ 0 means none (a self-join)
 * @param members active and pending members now
 * @param maxMembers the deployment's member limit
 */
public record JoinRequest(Group group, User caller, Optional<GroupMember> callerMembership, Optional<User> joiner,
        Optional<GroupMember> joinerMembership, long inviterId, int members, int maxMembers) {

    public JoinRequest {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callerMembership, "callerMembership");
        Objects.requireNonNull(joiner, "joiner");
        Objects.requireNonNull(joinerMembership, "joinerMembership");
    }

    boolean selfJoin() {
        return joiner.isPresent() && joiner.get().id().equals(caller.id());
    }

    boolean invitedByOwner() {
        return !selfJoin() && group.isOwnedBy(caller.id());
    }
}
