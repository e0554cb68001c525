package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Contact entries in {@code goodfriend} (written through {@link FriendshipEntries}). An entry an administrator set to
 * any status but normal reads as no entry (never as more than the seed allowed): it is not listed, not updated, and
 * does not count as a friendship to end.
 */
final class HibernateFriendshipAdapter implements FriendshipPort {
    /** The owner's entries with their enabled friends, and the owner's block of each if any: one query for #14. */
    private static final String CONTACTS = "select f, u, i, b.id from GoodFriend f"
            + " join User u on u.id = f.friendId"
            + " left join UserInfo i on i.userId = u.id"
            + " left join Block b on b.blockerId = f.userId and b.blockedId = f.friendId"
            + " where f.userId = :owner and f.status = :normal and u.status = :enabled"
            + " order by f.id";
    private static final String ENTRIES_BETWEEN = "delete from GoodFriend"
            + " where (userId = :a and friendId = :b) or (userId = :b and friendId = :a)";
    private static final String REQUESTS_BETWEEN = "delete from FriendRequest"
            + " where (applicantId = :a and targetId = :b) or (applicantId = :b and targetId = :a)";

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
            return normalEntry(session, owner, friend).map(FriendshipEntries::toDomain);
        });
    }

    @Override
    public void befriend(UserId a, String remarkOfAForB, UserId b, String remarkOfBForA) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Instant at = UserMapper.stored(clock.instant());
        ContendedWrites.retried("befriend", () -> sessions.fromTransaction(session -> {
            FriendshipEntries.addBoth(session, a, remarkOfAForB, b, remarkOfBForA, at);
            return null;
        }), FriendshipEntries.PAIR_CONSTRAINT);
    }

    @Override
    public List<Contact> contactsOf(UserId owner) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery(CONTACTS, Object[].class)
                    .setParameter("owner", owner.value())
                    .setParameter("normal", FriendshipEntity.NORMAL)
                    .setParameter("enabled", (short) UserStatus.ENABLED.code())
                    .getResultList()
                    .stream()
                    .map(columns -> new Contact(FriendshipEntries.toDomain((FriendshipEntity) columns[0]),
                            UserMapper.toDomain((UserEntity) columns[1], (UserInfoEntity) columns[2]),
                            columns[3] != null))
                    .toList();
        });
    }

    @Override
    public boolean update(Friendship entry) {
        Objects.requireNonNull(entry, "entry");
        Instant at = UserMapper.stored(clock.instant());
        return sessions.fromTransaction(session -> normalEntry(session, entry.owner(), entry.friend())
                .map(row -> {
                    row.nickname = entry.remark();
                    row.friendLooksAtMe = FriendshipEntries.flag(entry.friendSeesMe());
                    row.iLookAtFriend = FriendshipEntries.flag(entry.iSeeFriend());
                    row.starred = FriendshipEntries.flag(entry.starred());
                    row.updateTime = at;
                    return true;
                })
                .orElse(false));
    }

    @Override
    public boolean unfriend(UserId a, UserId b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return ContendedWrites.retried("unfriend", () -> sessions.fromTransaction(session -> {
            boolean had = normalEntry(session, a, b).isPresent();
            session.createMutationQuery(ENTRIES_BETWEEN)
                    .setParameter("a", a.value())
                    .setParameter("b", b.value())
                    .executeUpdate();
            session.createMutationQuery(REQUESTS_BETWEEN)
                    .setParameter("a", a.value())
                    .setParameter("b", b.value())
                    .executeUpdate();
            return had;
        }));
    }

    private static Optional<FriendshipEntity> normalEntry(Session session, UserId owner, UserId friend) {
        return FriendshipEntries.find(session, owner, friend).filter(row -> row.status == FriendshipEntity.NORMAL);
    }
}
