package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Contact entries in {@code goodfriend}. The unique (user_id, friend_id) pair keeps one entry per direction; when two
 * requests create the same entry at once, the loser's transaction fails on it and is run again, finding the entry.
 * An entry an administrator set to any status but normal reads as no entry (never as more than the seed allowed).
 */
final class HibernateFriendshipAdapter implements FriendshipPort {
    static final String PAIR_CONSTRAINT = "uq_goodfriend_pair";
    private static final String ENTRY = "from GoodFriend where userId = :owner and friendId = :friend";
    private static final short YES = 1;
    private static final short NO = 0;

    private final SessionFactory sessions;
    private final Clock clock;

    HibernateFriendshipAdapter(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Optional<Friendship> entry(UserId owner, UserId friend) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return find(session, owner, friend)
                    .filter(row -> row.status == FriendshipEntity.NORMAL)
                    .map(HibernateFriendshipAdapter::toDomain);
        });
    }

    @Override
    public void befriend(UserId a, String remarkOfAForB, UserId b, String remarkOfBForA) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a user is not their own friend: " + a);
        }
        Instant at = UserMapper.stored(clock.instant());
        ContendedWrites.retried("befriend", () -> sessions.fromTransaction(session -> {
            // the lower id's entry first, so that befriend(a, b) and befriend(b, a) at once lock in the same order
            if (a.value() < b.value()) {
                addIfAbsent(session, a, b, remarkOfAForB, at);
                addIfAbsent(session, b, a, remarkOfBForA, at);
            } else {
                addIfAbsent(session, b, a, remarkOfBForA, at);
                addIfAbsent(session, a, b, remarkOfAForB, at);
            }
            session.flush();
            return null;
        }), PAIR_CONSTRAINT);
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

    private static Optional<FriendshipEntity> find(Session session, UserId owner, UserId friend) {
        return session.createSelectionQuery(ENTRY, FriendshipEntity.class)
                .setParameter("owner", owner.value())
                .setParameter("friend", friend.value())
                .uniqueResultOptional();
    }

    static Friendship toDomain(FriendshipEntity row) {
        return new Friendship(row.id, UserId.of(row.userId), UserId.of(row.friendId), row.nickname,
                row.friendLooksAtMe != NO, row.iLookAtFriend != NO, row.starred != NO);
    }
}
