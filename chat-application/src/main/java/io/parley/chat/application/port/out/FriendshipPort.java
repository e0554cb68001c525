package io.parley.chat.application.port.out;

import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Objects;
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

    /**
     * #14: the owner's contacts whose users are enabled (disabled ones are left out, G-F3), each with whether the
     * owner blocks them, in the order the entries were made.
     */
    List<Contact> contactsOf(UserId owner);

    /** Stores the remark and flags of an existing entry (matched by owner and friend); false if there is none. */
    boolean update(Friendship entry);

    /**
     * #38: ends the friendship in ONE transaction: both entries, and every friend request between the two in either
     * direction (so either may ask again). Blocks and follows stay: they are relations of their own.
     *
     * @return whether {@code a} had {@code b} in their contacts
     */
    boolean unfriend(UserId a, UserId b);

    /** One of the owner's contacts. */
    record Contact(Friendship entry, User friend, boolean blocked) {
        public Contact {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(friend, "friend");
        }
    }
}
