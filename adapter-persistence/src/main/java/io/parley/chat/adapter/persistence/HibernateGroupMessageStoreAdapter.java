package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.MessageStorePort.Stored;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.message.GroupMessageDraft;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.user.UserId;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Group conversations: one {@code conversation} row of kind {@code group} per group, locked by every append as a
 * one-to-one conversation's is (so {@code seq} is gapless), messages in {@code message}, and an entry in the shared
 * {@code inbox_entry} for every recipient, inserted in multi-row statements ({@link InboxEntries}). A member's read
 * pointer is their {@code group_user} row's {@code read_seq}; a member sees the conversation from the time on that
 * row, when they joined.
 */
final class HibernateGroupMessageStoreAdapter implements GroupMessageStorePort {
    /** Who has the group among their conversations: members, not those still waiting (who read nothing). */
    private static final List<Short> READERS = List.of((short) MemberStatus.ACTIVE.code(),
            (short) MemberStatus.MUTED.code());
    /**
     * As for one-to-one history: the conversation's id as a scalar subquery, so that the database reads the message
     * index of one conversation backwards from {@code before}.
     */
    private static final String HISTORY = "from Message m where m.conversationId = (select c.id from Conversation c"
            + " where c.kind = 'group' and c.groupId = :group) and m.seq < :before and m.createTime >= :since"
            + " order by m.conversationId desc, m.seq desc";
    /**
     * My member rows, each joined to its group's conversation and last message, counting my unread messages in the
     * database: one query whatever the number of groups. A conversation whose last message came before I joined is not
     * mine yet.
     */
    private static final String MY_CONVERSATIONS = "select c.id, c.groupId, c.updateTime, m,"
            + " (select count(u) from Message u where u.conversationId = c.id and u.seq > gu.readSeq"
            + " and u.fromId <> :me and u.createTime >= gu.joinTime)"
            + " from GroupUser gu"
            + " join Conversation c on c.kind = 'group' and c.groupId = gu.groupId"
            + " join Message m on m.conversationId = c.id and m.seq = c.lastSeq"
            + " where gu.userId = :me and gu.status in (:readers) and m.createTime >= gu.joinTime";
    /** Recipients that still have an entry for the message: the recall reaches them with it. */
    private static final String WAITING =
            "select e.recipientId from InboxEntry e where e.messageId = :message and e.recipientId in (:recipients)";
    private static final String MY_ROW = "from GroupUser where groupId = :group and userId = :user";

    private final SessionFactory sessions;

    HibernateGroupMessageStoreAdapter(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Recipients named twice get one entry. Two creators of the group's conversation, or a deadlock, run again; two
     * requests with one client message id at once both end with the one message, as for one-to-one messages.
     */
    @Override
    public Stored appendGroup(GroupMessageDraft draft, Collection<UserId> recipients) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(recipients, "recipients");
        List<Long> to = recipients.stream().map(UserId::value).distinct().toList();
        try {
            return ContendedWrites.retried("append to a group", () -> MessageAppends.committedOnlyIf(sessions,
                    session -> append(session, draft, to), stored -> !stored.repeated()),
                    ConversationRows.GROUP_CONSTRAINT);
        } catch (RuntimeException failed) {
            // the same client id used at once in another conversation: that message won, return it
            if (draft.clientMessageId() != null && Constraints.violated(failed, MessageAppends.CLIENT_ID_CONSTRAINT)) {
                return sessions.fromTransaction(session -> earlier(session, draft))
                        .map(message -> new Stored(message, true))
                        .orElseThrow(() -> failed);
            }
            throw failed;
        }
    }

    @Override
    public List<Message> groupHistory(GroupId group, Instant since, Long beforeSeq, int limit) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(since, "since");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery(HISTORY, MessageEntity.class)
                    .setParameter("group", group.value())
                    // the column holds milliseconds: a join time with more would miss the message of its own instant
                    .setParameter("since", UserMapper.stored(since))
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
     * The groups I am a member of (active or muted, in groups dissolved too: their history stays mine) whose
     * conversation has a message since I joined, the most recently active first.
     */
    @Override
    public List<GroupConversationEntry> groupConversationsOf(UserId me) {
        Objects.requireNonNull(me, "me");
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery(MY_CONVERSATIONS, Object[].class)
                    .setParameter("me", me.value())
                    .setParameter("readers", READERS)
                    .getResultList()
                    .stream()
                    .map(row -> new Line((Long) row[0], (Long) row[1], (Instant) row[2], (MessageEntity) row[3],
                            (Long) row[4]))
                    // of two active at the same millisecond, the newer conversation first
                    .sorted(Comparator.comparing(Line::updatedAt).thenComparing(Line::conversationId).reversed())
                    .map(Line::toEntry)
                    .toList();
        });
    }

    /**
     * Under the conversation's row lock, the one appends take, so that the pointer never passes the last message and a
     * slower request never lowers it.
     *
     * @return the pointer after the call; empty when the group has no conversation or the user no row in the group
     */
    @Override
    public Optional<Long> markGroupRead(UserId me, GroupId group, long seq) {
        Objects.requireNonNull(me, "me");
        Objects.requireNonNull(group, "group");
        if (seq < 0) {
            throw new IllegalArgumentException("a seq is never negative: " + seq);
        }
        return ContendedWrites.retried("mark a group read", () -> sessions.fromTransaction(session ->
                ConversationRows.lockGroup(session, group.value()).flatMap(conversation ->
                        myRow(session, me, group).map(mine -> {
                            long target = Math.min(seq, conversation.lastSeq);
                            if (target > mine.readSeq) {
                                mine.readSeq = target;
                            }
                            return mine.readSeq;
                        }))));
    }

    @Override
    public Optional<Message> recallGroup(MessageId id, Instant at, Collection<UserId> recipients) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        List<Long> everyone = recipients.stream().map(UserId::value).distinct().toList();
        return ContendedWrites.retried("recall a group message", () -> sessions.fromTransaction(session -> {
            MessageEntity row = session.find(MessageEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
            if (row == null || !ChatType.GROUP.wireName().equals(row.chatType)) {
                return Optional.<Message>empty();
            }
            if (row.isremove != 0) {
                return Optional.of(MessageMapper.toDomain(row));
            }
            row.markRecalled();
            List<Long> waiting = new ArrayList<>();
            for (int from = 0; from < everyone.size(); from += InboxEntries.ROWS_PER_STATEMENT) {
                waiting.addAll(session.createSelectionQuery(WAITING, Long.class)
                        .setParameter("message", row.id)
                        .setParameterList("recipients",
                                everyone.subList(from, Math.min(everyone.size(), from + InboxEntries.ROWS_PER_STATEMENT)))
                        .getResultList());
            }
            List<Long> toTell = everyone.stream().filter(recipient -> !waiting.contains(recipient)).toList();
            InboxEntries.insertAll(session, row.id, toTell, at);
            return Optional.of(MessageMapper.toDomain(row));
        }));
    }

    private static Stored append(Session session, GroupMessageDraft draft, List<Long> recipients) {
        // a repeat found without taking the lock: the common case of a client resending after a lost answer
        Optional<Message> earlier = earlier(session, draft);
        if (earlier.isPresent()) {
            return new Stored(earlier.get(), true);
        }
        ConversationEntity conversation = ConversationRows.lockOrCreateGroup(session, draft.group().id().value(),
                draft.at());
        // the identical request may have committed while this one waited for the lock (read committed sees it)
        earlier = earlier(session, draft);
        if (earlier.isPresent()) {
            return new Stored(earlier.get(), true);
        }
        MessageEntity row = MessageMapper.newRow(draft.toMessage(conversation.id, conversation.nextSeq()));
        session.persist(row);
        conversation.appended(row);
        InboxEntries.insertAll(session, row.id, recipients, row.createTime);
        session.flush();
        return new Stored(MessageMapper.toDomain(row), false);
    }

    private static Optional<Message> earlier(Session session, GroupMessageDraft draft) {
        long sender = draft.sender() == null ? Message.SYSTEM_SENDER : draft.sender().id().value();
        return MessageAppends.earlier(session, sender, draft.clientMessageId());
    }

    private static Optional<GroupMemberEntity> myRow(Session session, UserId me, GroupId group) {
        return session.createSelectionQuery(MY_ROW, GroupMemberEntity.class)
                .setParameter("group", group.value())
                .setParameter("user", me.value())
                .uniqueResultOptional();
    }

    private record Line(long conversationId, long group, Instant updatedAt, MessageEntity lastMessage, long unread) {
        GroupConversationEntry toEntry() {
            return new GroupConversationEntry(GroupId.of(group), MessageMapper.toDomain(lastMessage), unread,
                    updatedAt);
        }
    }
}
