package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import org.hibernate.SessionFactory;

/**
 * Each recipient's undelivered messages: rows of {@code inbox_entry}, in the order they were stored; an entry's position
 * is its row id, which only grows.
 */
final class HibernateInboxAdapter implements InboxPort {
    /** Ids per delete statement, well under every database's limit of bound parameters. */
    static final int IDS_PER_STATEMENT = 500;
    private static final String UNDELIVERED = "select e.id, m from InboxEntry e join Message m on m.id = e.messageId"
            + " where e.recipientId = :recipient and e.id > :after order by e.id";
    private static final String REMOVE =
            "delete from InboxEntry e where e.recipientId = :recipient and e.messageId in (:ids)";

    private final SessionFactory sessions;

    HibernateInboxAdapter(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Entry> undelivered(UserId recipient, long after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery(UNDELIVERED, Object[].class)
                    .setParameter("recipient", recipient.value())
                    .setParameter("after", after)
                    .setMaxResults(limit)
                    .getResultList()
                    .stream()
                    .map(row -> new Entry((Long) row[0], MessageMapper.toDomain((MessageEntity) row[1])))
                    .toList();
        });
    }

    @Override
    public int remove(UserId recipient, Collection<MessageId> messages) {
        List<String> ids = messages.stream().map(MessageId::value).distinct().toList();
        if (ids.isEmpty()) {
            return 0;
        }
        return sessions.fromTransaction(session -> {
            int removed = 0;
            for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
                removed += session.createMutationQuery(REMOVE)
                        .setParameter("recipient", recipient.value())
                        .setParameterList("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
                        .executeUpdate();
            }
            return removed;
        });
    }
}
