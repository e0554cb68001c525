package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.LoadSenderRelationsPort;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.relation.SenderRelations;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/**
 * The relations a message looks at, in one read-only transaction of three queries (contact entries and follows
 * both ways, the recipient's block) instead of one transaction per fact.
 */
final class HibernateSenderRelationsAdapter implements LoadSenderRelationsPort {
    private static final String ENTRIES = "from GoodFriend where status = :normal and ((userId = :s and friendId = :r)"
            + " or (userId = :r and friendId = :s))";
    private static final String BLOCKS = "select count(b) from Block b where b.blockerId = :r and b.blockedId = :s";
    private static final String FOLLOWS = "select f.followerId from Follow f where (f.followerId = :s and"
            + " f.followeeId = :r) or (f.followerId = :r and f.followeeId = :s)";

    private final SessionFactory sessions;

    HibernateSenderRelationsAdapter(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public SenderRelations between(UserId sender, UserId recipient) {
        long s = sender.value();
        long r = recipient.value();
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            List<Friendship> entries = session.createSelectionQuery(ENTRIES, FriendshipEntity.class)
                    .setParameter("normal", FriendshipEntity.NORMAL)
                    .setParameter("s", s)
                    .setParameter("r", r)
                    .getResultList().stream().map(FriendshipEntries::toDomain).toList();
            boolean blocked = session.createSelectionQuery(BLOCKS, Long.class)
                    .setParameter("s", s)
                    .setParameter("r", r)
                    .getSingleResult() > 0;
            List<Long> followers = session.createSelectionQuery(FOLLOWS, Long.class)
                    .setParameter("s", s)
                    .setParameter("r", r)
                    .getResultList();
            return new SenderRelations(ownedBy(entries, recipient), ownedBy(entries, sender), blocked,
                    followers.contains(s), followers.contains(r));
        });
    }

    private static Optional<Friendship> ownedBy(List<Friendship> entries, UserId owner) {
        return entries.stream().filter(entry -> entry.owner().equals(owner)).findFirst();
    }
}
