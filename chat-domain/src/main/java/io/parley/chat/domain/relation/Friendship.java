package io.parley.chat.domain.relation;

import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * One contact entry: {@code owner} has {@code friend} in their contact list (table {@code goodfriend}, API.md b.3).
 * A friendship is two entries, one per direction. Whether the owner blocks the friend is a separate relation
 * (a block exists with or without friendship, API.md j.3).
 *
 * @param remark the name the owner gives the friend ({@code nickname} column); empty when none
 */
public record Friendship(long id, UserId owner, UserId friend, String remark, boolean friendSeesMe,
        boolean iSeeFriend, boolean starred) {

    public Friendship {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(friend, "friend");
        remark = remark == null ? "" : remark;
    }

    public boolean hasRemark() {
        return !remark.isEmpty();
    }

    /** #17: starred becomes unstarred and the other way round. */
    public Friendship withStarToggled() {
        return new Friendship(id, owner, friend, remark, friendSeesMe, iSeeFriend, !starred);
    }

    /** #18: whether the friend sees my moments, and whether theirs show in my feed. */
    public Friendship withVisibility(boolean friendMaySeeMe, boolean iMaySeeFriend) {
        return new Friendship(id, owner, friend, remark, friendMaySeeMe, iMaySeeFriend, starred);
    }
}
