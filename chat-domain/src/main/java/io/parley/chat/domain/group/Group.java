package io.parley.chat.domain.group;

import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A group chat ({@code group}, API.md b.5): its owner, name, announcement, join policy and state. Its members are
 * {@link GroupMember}s; the rules about who may do what are {@link GroupPolicies}.
 *
 * @param avatar comma-separated avatars of up to nine members (the client draws a mosaic, API.md f.4)
 * @param announcement the group's notice ({@code remark}); empty for none
 */
public record Group(GroupId id, String uuid, UserId owner, String name, String avatar, String announcement,
        JoinPolicy joinPolicy, GroupStatus status, Instant createdAt) {

    /** The longest name on create (joined member names are cut to it) and on rename (#25: 1–20). */
    public static final int MAX_NAME = 50;
    public static final int MAX_RENAME = 20;
    public static final int MAX_ANNOUNCEMENT = 500;
    /** The seed's picture for a group without member avatars. */
    public static final String DEFAULT_AVATAR = "https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/group.png";

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(joinPolicy, "joinPolicy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        avatar = avatar == null || avatar.isEmpty() ? DEFAULT_AVATAR : avatar;
        announcement = announcement == null ? "" : announcement;
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    public Group renamed(String newName) {
        return new Group(id, uuid, owner, newName, avatar, announcement, joinPolicy, status, createdAt);
    }

    public Group announcing(String newAnnouncement) {
        return new Group(id, uuid, owner, name, avatar, newAnnouncement, joinPolicy, status, createdAt);
    }

    public Group withJoinPolicy(JoinPolicy newPolicy) {
        return new Group(id, uuid, owner, name, avatar, announcement, newPolicy, status, createdAt);
    }

    public Group withAvatar(String newAvatar) {
        return new Group(id, uuid, owner, name, newAvatar, announcement, joinPolicy, status, createdAt);
    }

    public Group withStatus(GroupStatus newStatus) {
        return new Group(id, uuid, owner, name, avatar, announcement, joinPolicy, newStatus, createdAt);
    }
}
