package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.domain.message.DirectMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.NoticeDraft;
import io.parley.chat.domain.sending.ConversationState;
import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.user.UserId;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * Messages, their conversations and the inbox entries that come with them. Every append locks its conversation's row
 * ({@code SELECT … FOR UPDATE}) for the rest of its transaction, so appends to one conversation take their turns:
 * each reads the counters the previous one committed, which makes {@code seq} gapless and lets the one-message rule
 * see every message sent before. Races the database settles by failing a transaction (two creators of one
 * conversation, a deadlock) are run again; two requests with one client message id both end with the one message.
 */
final class HibernateMessageStoreAdapter implements MessageStorePort {
    static final String PAIR_CONSTRAINT = "uq_conversation_pair";
    static final String CLIENT_ID_CONSTRAINT = "uq_message_client_id";
    private static final String BY_CLIENT_ID = "from Message where fromId = :sender and clientMsgId = :clientId";
    private static final String SINGLE_CONVERSATION =
            "from Conversation where kind = 'single' and userLow = :low and userHigh = :high";

    private final SessionFactory sessions;
    private final Clock clock;

    HibernateMessageStoreAdapter(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public AppendResult appendDirect(DirectMessageDraft draft, Function<ConversationState, SendDecision> decide) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(decide, "decide");
        try {
            AppendResult result = ContendedWrites.retried("append to a conversation", () -> appendOnce(draft, decide),
                    PAIR_CONSTRAINT);
            if (result instanceof Refused && draft.clientMessageId() != null) {
                // on H2 the twin's counters can be visible under the lock before its message is: an identical
                // request must get that message, not the refusal its twin caused (one more look, refusals only)
                return sessions.fromTransaction(session -> earlier(session, draft))
                        .<AppendResult>map(message -> new Stored(message, true))
                        .orElse(result);
            }
            return result;
        } catch (RuntimeException failed) {
            // the same client id sent at once to another peer: the other conversation's message won, return it
            if (draft.clientMessageId() != null && Constraints.violated(failed, CLIENT_ID_CONSTRAINT)) {
                return sessions.fromTransaction(session -> earlier(session, draft))
                        .<AppendResult>map(message -> new Stored(message, true))
                        .orElseThrow(() -> failed);
            }
            throw failed;
        }
    }

    /**
     * Like a message's append, without counting or opening: in the recipient's note-to-self conversation for the
     * system's notices, in the pair's conversation for a notice on a user's behalf.
     */
    @Override
    public Message appendNotice(NoticeDraft draft) {
        Objects.requireNonNull(draft, "draft");
        UserId recipient = draft.recipient().id();
        UserPair pair = UserPair.of(draft.conversationPeer(), recipient);
        return ContendedWrites.retried("append a notice", () -> sessions.fromTransaction(session -> {
            ConversationEntity conversation = lockedConversation(session, pair, draft.at());
            long seq = conversation.lastSeq + 1;
            MessageEntity row = MessageMapper.newRow(draft.toMessage(conversation.id, seq));
            session.persist(row);
            session.persist(new InboxEntryEntity(recipient.value(), row.id, row.createTime));
            conversation.lastSeq = seq;
            if (conversation.updateTime.isBefore(row.createTime)) {
                conversation.updateTime = row.createTime;
            }
            session.flush();
            return MessageMapper.toDomain(row);
        }), PAIR_CONSTRAINT);
    }

    @Override
    public void openConversationFor(UserId openFor, UserId peer) {
        Objects.requireNonNull(openFor, "openFor");
        Objects.requireNonNull(peer, "peer");
        UserPair pair = UserPair.of(openFor, peer);
        ContendedWrites.retried("open a conversation", () -> sessions.fromTransaction(session -> {
            pair.openFor(openFor, lockedConversation(session, pair, clock.instant()));
            return null;
        }), PAIR_CONSTRAINT);
    }

    @Override
    public Optional<Message> byId(MessageId id) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return Optional.ofNullable(session.find(MessageEntity.class, id.value())).map(MessageMapper::toDomain);
        });
    }

    /** One transaction, committed only when it stored a new message; a refusal or a repeat leaves no trace. */
    private AppendResult appendOnce(DirectMessageDraft draft, Function<ConversationState, SendDecision> decide) {
        try (Session session = sessions.openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                AppendResult result = append(session, draft, decide);
                if (result instanceof Stored stored && !stored.repeated()) {
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

    private AppendResult append(Session session, DirectMessageDraft draft,
            Function<ConversationState, SendDecision> decide) {
        // a repeat found without taking the lock: the common case of a client resending after a lost answer
        Optional<Message> earlier = earlier(session, draft);
        if (earlier.isPresent()) {
            return new Stored(earlier.get(), true);
        }
        UserId sender = draft.sender().id();
        UserId recipient = draft.recipient().id();
        UserPair pair = UserPair.of(sender, recipient);
        ConversationEntity conversation = lockedConversation(session, pair, draft.at());
        // the identical request may have committed while this one waited for the lock (read committed sees it)
        earlier = earlier(session, draft);
        if (earlier.isPresent()) {
            return new Stored(earlier.get(), true);
        }
        SendDecision decision = Objects.requireNonNull(decide.apply(new ConversationState(
                pair.isOpenFor(sender, conversation), pair.sentBy(sender, conversation))), "decision");
        if (decision instanceof SendDecision.Denied denied) {
            return new Refused(denied.reason());
        }
        long seq = conversation.lastSeq + 1;
        MessageEntity row = MessageMapper.newRow(draft.toMessage(conversation.id, seq, (SendDecision.Allowed) decision));
        session.persist(row);
        session.persist(new InboxEntryEntity(recipient.value(), row.id, row.createTime));
        conversation.lastSeq = seq;
        pair.countSentBy(sender, conversation);
        pair.openFor(recipient, conversation);
        if (conversation.updateTime.isBefore(row.createTime)) {
            conversation.updateTime = row.createTime;
        }
        session.flush();
        return new Stored(MessageMapper.toDomain(row), false);
    }

    /**
     * The conversation's row, locked until the transaction ends; created when missing. A created row is locked by its
     * insert; a parallel creator fails on the unique pair and its transaction is run again, finding this row.
     */
    private static ConversationEntity lockedConversation(Session session, UserPair pair, Instant at) {
        Optional<ConversationEntity> existing = session.createSelectionQuery(SINGLE_CONVERSATION,
                        ConversationEntity.class)
                .setParameter("low", pair.low())
                .setParameter("high", pair.high())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .uniqueResultOptional();
        if (existing.isPresent()) {
            return existing.get();
        }
        ConversationEntity created = ConversationEntity.single(pair, UserMapper.stored(at));
        session.persist(created);
        session.flush();
        return created;
    }

    private static Optional<Message> earlier(Session session, DirectMessageDraft draft) {
        if (draft.clientMessageId() == null) {
            return Optional.empty();
        }
        return session.createSelectionQuery(BY_CLIENT_ID, MessageEntity.class)
                .setParameter("sender", draft.sender().id().value())
                .setParameter("clientId", draft.clientMessageId().value())
                .uniqueResultOptional()
                .map(MessageMapper::toDomain);
    }
}
