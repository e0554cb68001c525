package io.parley.chat.application.port.out;

import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;

/** Contact entries ({@code goodfriend}); at most one entry per (owner, friend), enforced by the store. */
public interface FriendshipPort {
    /** The owner's contact entry for this friend, if any. */
    Optional<Friendship> entry(UserId owner, UserId friend);

    /**
     * Makes the two users friends: both directions in one transaction, each with its remark; an entry that exists
     * already is kept as it is. Safe under concurrency: never two entries for one pair.
     */
    void befriend(UserId a, String remarkOfAForB, UserId b, String remarkOfBForA);
}
