package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * History, the conversation list with unread counts, read pointers and recall, over the rows the message store
 * writes. Read pointers move under the conversation's row lock, the one appends take, so that a pointer is never
 * lowered by a slower request and never passes the last message; a recall locks its message row, so that two recalls
 * of one message take turns and the second finds it recalled.
 */
final class HibernateConversationAdapter implements ConversationPort {
    /**
     * The conversation's id as a scalar subquery, so that every database reads the message index for one known
     * conversation backwards from {@code before} and stops after the page (with a join, PostgreSQL sorted the whole
     * conversation); ordering by both columns of that index lets H2 see that it need not sort either.
     */
    private static final String HISTORY = "from Message m where m.conversationId = (select c.id from Conversation c"
            + " where c.kind = 'single' and c.userLow = :low and c.userHigh = :high) and m.seq < :before"
            + " order by m.conversationId desc, m.seq desc";
    private static final String HAS_INBOX_ENTRY =
            "select count(e) from InboxEntry e where e.recipientId = :recipient and e.messageId = :message";

    private final SessionFactory sessions;

    HibernateConversationAdapter(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Message> history(UserId me, UserId peer, Long beforeSeq, int limit) {
        Objects.requireNonNull(me, "me");
        Objects.requireNonNull(peer, "peer");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        UserPair pair = UserPair.of(me, peer);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery(HISTORY, MessageEntity.class)
                    .setParameter("low", pair.low())
                    .setParameter("high", pair.high())
                    // no seq reaches the largest long: "before it" is "from the newest"
                    .setParameter("before", beforeSeq == null ? Long.MAX_VALUE : beforeSeq)
                    .setMaxResults(limit)
                    .getResultList()
                    .stream()
                    .map(MessageMapper::toDomain)
                    .toList();
        });
    }

    /**
     * Two queries whatever the number of conversations: my rows on the low side (notes to self included), then on
     * the high side, each joined to its last message and counting its unread messages in the database.
     */
    @Override
    public List<ConversationEntry> conversationsOf(UserId me) {
        Objects.requireNonNull(me, "me");
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            List<Line> lines = new ArrayList<>();
            for (Side side : Side.values()) {
                session.createSelectionQuery(side.query, Object[].class)
                        .setParameter("me", me.value())
                        .getResultList()
                        .forEach(row -> lines.add(new Line((Long) row[0], (Long) row[1], (Instant) row[2],
                                (MessageEntity) row[3], (Long) row[4])));
            }
            // the most recently active first; of two active at the same millisecond, the newer conversation
            lines.sort(Comparator.comparing(Line::updatedAt).thenComparing(Line::conversationId).reversed());
            return lines.stream().map(Line::toEntry).toList();
        });
    }

    @Override
    public Optional<Long> markRead(UserId me, UserId peer, long seq) {
        Objects.requireNonNull(me, "me");
        Objects.requireNonNull(peer, "peer");
        if (seq < 0) {
            throw new IllegalArgumentException("a seq is never negative: " + seq);
        }
        UserPair pair = UserPair.of(me, peer);
        return ContendedWrites.retried("mark a conversation read", () -> sessions.fromTransaction(session ->
                ConversationRows.lockSingle(session, pair).map(conversation -> {
                    long target = Math.min(seq, conversation.lastSeq);
                    if (target > pair.readBy(me, conversation)) {
                        pair.markReadBy(me, target, conversation);
                    }
                    return pair.readBy(me, conversation);
                })));
    }

    /**
     * Recalls a one-to-one message; recalling it again changes nothing (its recipient is not given the recall a
     * second time). The re-created inbox entry is stamped {@code at} and, being the newest, comes after the messages
     * already waiting. The conversation's update time stays as it was: a recall adds no message, so it does not move
     * the conversation up the list.
     *
     * @throws IllegalArgumentException for a group message: who must hear of its recall is a question of group
     *     delivery, which this store does not do yet
     */
    @Override
    public Optional<Message> recall(MessageId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        return ContendedWrites.retried("recall a message", () -> sessions.fromTransaction(session -> {
            MessageEntity row = session.find(MessageEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                return Optional.<Message>empty();
            }
            if (row.isremove != 0) {
                return Optional.of(MessageMapper.toDomain(row));
            }
            if (!ChatType.SINGLE.wireName().equals(row.chatType)) {
                throw new IllegalArgumentException("message " + id + " is a " + row.chatType
                        + " message; only one-to-one messages can be recalled here");
            }
            row.markRecalled();
            requeue(session, row, at);
            session.flush();
            return Optional.of(MessageMapper.toDomain(row));
        }));
    }

    /** Gives the recipient an inbox entry for the message unless they have one still waiting. */
    private static void requeue(Session session, MessageEntity row, Instant at) {
        long waiting = session.createSelectionQuery(HAS_INBOX_ENTRY, Long.class)
                .setParameter("recipient", row.toId)
                .setParameter("message", row.id)
                .getSingleResult();
        if (waiting == 0) {
            session.persist(new InboxEntryEntity(row.toId, row.id, UserMapper.stored(at)));
        }
    }

    /**
     * Which side of the conversation row I am on. A note to self has me on both sides and is listed once, with the
     * low side; the unread count leaves out my own messages, so it is 0 there.
     */
    private enum Side {
        LOW("c.userHigh", "c.readSeqLow", "c.userLow = :me"),
        HIGH("c.userLow", "c.readSeqHigh", "c.userHigh = :me and c.userLow <> :me");

        /** id, peer, update time, last message, unread: rows without messages fall out of the join. */
        final String query;

        Side(String peer, String myReadSeq, String mine) {
            this.query = "select c.id, " + peer + ", c.updateTime, m,"
                    + " (select count(u) from Message u where u.conversationId = c.id and u.seq > " + myReadSeq
                    + " and u.fromId <> :me)"
                    + " from Conversation c join Message m on m.conversationId = c.id and m.seq = c.lastSeq"
                    + " where c.kind = 'single' and " + mine;
        }
    }

    private record Line(long conversationId, long peer, Instant updatedAt, MessageEntity lastMessage, long unread) {
        ConversationEntry toEntry() {
            return new ConversationEntry(new UserId(peer), MessageMapper.toDomain(lastMessage), unread, updatedAt);
        }
    }
}
