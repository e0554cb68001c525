package io.parley.chat.adapter.persistence;

import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/** What every append of a message shares, one-to-one or group: the client message id and the transaction. */
final class MessageAppends {
    /** The sender's client message ids are unique for ever (API.md j.9), whichever conversation they were used in. */
    static final String CLIENT_ID_CONSTRAINT = "uq_message_client_id";
    private static final String BY_CLIENT_ID = "from Message where fromId = :sender and clientMsgId = :clientId";

    private MessageAppends() {
    }

    /** The message this sender stored before under this client message id, if any. */
    static Optional<Message> earlier(Session session, long senderId, ClientMessageId clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return session.createSelectionQuery(BY_CLIENT_ID, MessageEntity.class)
                .setParameter("sender", senderId)
                .setParameter("clientId", clientId.value())
                .uniqueResultOptional()
                .map(MessageMapper::toDomain);
    }

    /**
     * Runs the append in one transaction of its own and commits it only when {@code keep} says so: a refusal or a
     * repeat leaves no trace, not even a conversation row created on the way.
     */
    static <R> R committedOnlyIf(SessionFactory sessions, Function<Session, R> append, Predicate<R> keep) {
        try (Session session = sessions.openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                R result = append.apply(session);
                if (keep.test(result)) {
                    transaction.commit();
                } else {
                    transaction.rollback();
                }
                return result;
            } catch (RuntimeException failed) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw failed;
            }
        }
    }
}
