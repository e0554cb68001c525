package io.parley.chat.application.port.out;

import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;

/** Follows: one-way interest, needed by {@code needFollow} and lifting the one-message rule (API.md j.3). */
public interface FollowPort {
    boolean follows(UserId follower, UserId followee);

    /** @return whether the follow is new */
    boolean follow(UserId follower, UserId followee);

    /** @return whether there was a follow to end */
    boolean unfollow(UserId follower, UserId followee);

    /** Whom the follower follows, most recent first. */
    Page<User> followees(UserId follower, PageRequest page);

    /** Who follows the followee, most recent first. */
    Page<User> followers(UserId followee, PageRequest page);
}
