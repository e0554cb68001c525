package io.parley.chat.adapter.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Finding conversation rows and locking them ({@code SELECT … FOR UPDATE}) until the transaction ends: the lock every
 * append to a conversation and every move of a read pointer in it takes. A row created here is locked by its insert;
 * a parallel creator fails on the pair's or group's unique constraint, and its transaction, run again through
 * {@link ContendedWrites} with that constraint, finds this row.
 */
final class ConversationRows {
    static final String PAIR_CONSTRAINT = "uq_conversation_pair";
    static final String GROUP_CONSTRAINT = "uq_conversation_group";
    private static final String SINGLE =
            "from Conversation where kind = 'single' and userLow = :low and userHigh = :high";
    private static final String GROUP = "from Conversation where kind = 'group' and groupId = :group";

    private ConversationRows() {
    }

    static Optional<ConversationEntity> lockSingle(Session session, UserPair pair) {
        return session.createSelectionQuery(SINGLE, ConversationEntity.class)
                .setParameter("low", pair.low())
                .setParameter("high", pair.high())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .uniqueResultOptional();
    }

    static ConversationEntity lockOrCreateSingle(Session session, UserPair pair, Instant at) {
        return lockSingle(session, pair).orElseGet(() -> created(session, ConversationEntity.single(pair, at)));
    }

    static Optional<ConversationEntity> lockGroup(Session session, long groupId) {
        return session.createSelectionQuery(GROUP, ConversationEntity.class)
                .setParameter("group", groupId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .uniqueResultOptional();
    }

    static ConversationEntity lockOrCreateGroup(Session session, long groupId, Instant at) {
        return lockGroup(session, groupId).orElseGet(() -> created(session, ConversationEntity.group(groupId, at)));
    }

    private static ConversationEntity created(Session session, ConversationEntity row) {
        session.persist(row);
        session.flush();
        return row;
    }
}
