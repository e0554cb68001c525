package io.parley.chat.adapter.persistence;

import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Contact entries written inside a caller's transaction: a plain befriending, and an agreed friend request, which must
 * store the request's status and the friendship together. The unique (user_id, friend_id) pair keeps one entry per
 * direction; a caller that may race with another befriending of the same pair runs its transaction through
 * {@link ContendedWrites} with {@link #PAIR_CONSTRAINT}, so the loser runs again and finds the winner's entries.
 */
final class FriendshipEntries {
    static final String PAIR_CONSTRAINT = "uq_goodfriend_pair";
    private static final String ENTRY = "from GoodFriend where userId = :owner and friendId = :friend";
    static final short YES = 1;
    static final short NO = 0;

    private FriendshipEntries() {
    }

    /** Both directions, each with its remark; an entry that exists already is kept as it is. Flushes. */
    static void addBoth(Session session, UserId a, String remarkOfAForB, UserId b, String remarkOfBForA, Instant at) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a user is not their own friend: " + a);
        }
        // the lower id's entry first, so that two befriendings of one pair in opposite order lock in the same order
        if (a.value() < b.value()) {
            addIfAbsent(session, a, b, remarkOfAForB, at);
            addIfAbsent(session, b, a, remarkOfBForA, at);
        } else {
            addIfAbsent(session, b, a, remarkOfBForA, at);
            addIfAbsent(session, a, b, remarkOfAForB, at);
        }
        session.flush();
    }

    /** The entry whatever its administrator's status. */
    static Optional<FriendshipEntity> find(Session session, UserId owner, UserId friend) {
        return session.createSelectionQuery(ENTRY, FriendshipEntity.class)
                .setParameter("owner", owner.value())
                .setParameter("friend", friend.value())
                .uniqueResultOptional();
    }

    static Friendship toDomain(FriendshipEntity row) {
        return new Friendship(row.id, UserId.of(row.userId), UserId.of(row.friendId), row.nickname,
                row.friendLooksAtMe != NO, row.iLookAtFriend != NO, row.starred != NO);
    }

    static short flag(boolean value) {
        return value ? YES : NO;
    }

    private static void addIfAbsent(Session session, UserId owner, UserId friend, String remark, Instant at) {
        if (find(session, owner, friend).isPresent()) {
            return;
        }
        FriendshipEntity row = new FriendshipEntity();
        row.userId = owner.value();
        row.friendId = friend.value();
        row.nickname = remark == null ? "" : remark;
        row.friendLooksAtMe = YES;
        row.iLookAtFriend = YES;
        row.starred = NO;
        row.status = FriendshipEntity.NORMAL;
        row.createTime = at;
        row.updateTime = at;
        session.persist(row);
    }
}
