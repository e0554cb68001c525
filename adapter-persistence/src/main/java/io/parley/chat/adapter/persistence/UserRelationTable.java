package io.parley.chat.adapter.persistence;

import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.function.BiFunction;
import org.hibernate.SessionFactory;

/**
 * A table of one-way relations between two users ({@code user_block}, {@code user_follow}): at most one row per
 * ordered pair (a unique constraint), rows never updated, lists ordered by row id, the most recent first. Each call
 * is one transaction.
 */
final class UserRelationTable<E> {
    private final SessionFactory sessions;
    private final String entity;
    private final String fromAttribute;
    private final String toAttribute;
    private final String pairConstraint;
    private final BiFunction<UserId, UserId, E> newRow;

    /**
     * @param entity the entity name in queries
     * @param fromAttribute the attribute holding the user the relation goes from (blocker, follower)
     * @param toAttribute the attribute holding the user it goes to (blocked, followee)
     * @param pairConstraint the name of the unique constraint on the pair
     */
    UserRelationTable(SessionFactory sessions, String entity, String fromAttribute, String toAttribute,
            String pairConstraint, BiFunction<UserId, UserId, E> newRow) {
        this.sessions = sessions;
        this.entity = entity;
        this.fromAttribute = fromAttribute;
        this.toAttribute = toAttribute;
        this.pairConstraint = pairConstraint;
        this.newRow = newRow;
    }

    boolean exists(UserId from, UserId to) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "select count(r) from " + entity + " r where r." + fromAttribute + " = :from and r."
                                + toAttribute + " = :to", Long.class)
                .setParameter("from", from.value())
                .setParameter("to", to.value())
                .getSingleResult() > 0);
    }

    /** @return whether the row is new; a row added at the same time by someone else makes this one not new */
    boolean add(UserId from, UserId to) {
        if (exists(from, to)) {
            return false;
        }
        try {
            sessions.inTransaction(session -> {
                session.persist(newRow.apply(from, to));
                session.flush();
            });
            return true;
        } catch (RuntimeException failed) {
            if (Constraints.violated(failed, pairConstraint)) {
                return false;
            }
            throw failed;
        }
    }

    /** @return whether there was a row to remove */
    boolean remove(UserId from, UserId to) {
        return sessions.fromTransaction(session -> session.createMutationQuery(
                        "delete from " + entity + " r where r." + fromAttribute + " = :from and r." + toAttribute
                                + " = :to")
                .setParameter("from", from.value())
                .setParameter("to", to.value())
                .executeUpdate() > 0);
    }

    /** The users the relations of {@code from} go to (whom I block, whom I follow), most recent first. */
    Page<User> targetsOf(UserId from, PageRequest page) {
        return page(fromAttribute, toAttribute, from, page);
    }

    /** The users whose relations go to {@code to} (who follows me), most recent first. */
    Page<User> sourcesOf(UserId to, PageRequest page) {
        return page(toAttribute, fromAttribute, to, page);
    }

    private Page<User> page(String ownerAttribute, String listedAttribute, UserId owner, PageRequest page) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            long count = session.createSelectionQuery("select count(r) from " + entity + " r where r."
                            + ownerAttribute + " = :owner", Long.class)
                    .setParameter("owner", owner.value())
                    .getSingleResult();
            if (page.offset() >= count) {
                return new Page<>(count, List.of());
            }
            List<User> rows = session.createSelectionQuery("select u, i from " + entity + " r"
                            + " join User u on u.id = r." + listedAttribute
                            + " left join UserInfo i on i.userId = u.id"
                            + " where r." + ownerAttribute + " = :owner order by r.id desc", Object[].class)
                    .setParameter("owner", owner.value())
                    .setFirstResult((int) page.offset())
                    .setMaxResults(page.limit())
                    .getResultList()
                    .stream()
                    .map(columns -> UserMapper.toDomain((UserEntity) columns[0], (UserInfoEntity) columns[1]))
                    .toList();
            return new Page<>(count, rows);
        });
    }
}
