package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.domain.message.DirectMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.NoticeDraft;
import io.parley.chat.domain.sending.ConversationState;
import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.user.UserId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Messages, their conversations and the inbox entries that come with them. Every append locks its conversation's row
 * ({@code SELECT … FOR UPDATE}) for the rest of its transaction, so appends to one conversation take their turns:
 * each reads the counters the previous one committed, which makes {@code seq} gapless and lets the one-message rule
 * see every message sent before. Races the database settles by failing a transaction (two creators of one
 * conversation, a deadlock) are run again; two requests with one client message id both end with the one message.
 */
final class HibernateMessageStoreAdapter implements MessageStorePort {
    private static final String PAIR_CONSTRAINT = ConversationRows.PAIR_CONSTRAINT;

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
            if (draft.clientMessageId() != null && Constraints.violated(failed, MessageAppends.CLIENT_ID_CONSTRAINT)) {
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
            ConversationEntity conversation = ConversationRows.lockOrCreateSingle(session, pair, draft.at());
            MessageEntity row = MessageMapper.newRow(draft.toMessage(conversation.id, conversation.nextSeq()));
            session.persist(row);
            session.persist(new InboxEntryEntity(recipient.value(), row.id, row.createTime));
            conversation.appended(row);
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
            pair.openFor(openFor, ConversationRows.lockOrCreateSingle(session, pair, clock.instant()));
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

    private AppendResult appendOnce(DirectMessageDraft draft, Function<ConversationState, SendDecision> decide) {
        return MessageAppends.committedOnlyIf(sessions, session -> append(session, draft, decide),
                result -> result instanceof Stored stored && !stored.repeated());
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
        ConversationEntity conversation = ConversationRows.lockOrCreateSingle(session, pair, draft.at());
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
        MessageEntity row = MessageMapper.newRow(draft.toMessage(conversation.id, conversation.nextSeq(),
                (SendDecision.Allowed) decision));
        session.persist(row);
        session.persist(new InboxEntryEntity(recipient.value(), row.id, row.createTime));
        conversation.appended(row);
        pair.countSentBy(sender, conversation);
        pair.openFor(recipient, conversation);
        session.flush();
        return new Stored(MessageMapper.toDomain(row), false);
    }

    private static Optional<Message> earlier(Session session, DirectMessageDraft draft) {
        return MessageAppends.earlier(session, draft.sender().id().value(), draft.clientMessageId());
    }
}
