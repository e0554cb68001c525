package io.parley.chat.domain.group;

import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One user's place in a group ({@code group_user}, API.md b.6).
 *
 * @param nickname the name the member uses in this group; empty for none (their own name then)
 * @param avatar the avatar the member uses in this group; empty for none
 */
public record GroupMember(GroupId group, UserId user, String nickname, String avatar, MemberStatus status,
        Instant joinedAt) {

    /** The longest group nickname (API.md c.3 #31). */
    public static final int MAX_NICKNAME = 20;

    public GroupMember {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(joinedAt, "joinedAt");
        nickname = nickname == null ? "" : nickname;
        avatar = avatar == null ? "" : avatar;
    }

    /** Active or muted: a member in every sense but sending, for the muted. */
    public boolean isMember() {
        return status != MemberStatus.PENDING;
    }

    public GroupMember withStatus(MemberStatus newStatus) {
        return new GroupMember(group, user, nickname, avatar, newStatus, joinedAt);
    }

    public GroupMember withNickname(String newNickname) {
        return new GroupMember(group, user, newNickname, avatar, status, joinedAt);
    }
}
