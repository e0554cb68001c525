package io.parley.chat.application.port.out;

import io.parley.chat.domain.message.DirectMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.NoticeDraft;
import io.parley.chat.domain.sending.ConversationState;
import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The durable record of messages: conversations with their sequence counters, messages, and each recipient's inbox
 * of undelivered messages. A message exists once {@link #appendDirect} returned {@link Stored}: it and its inbox
 * entry were committed together.
 */
public interface MessageStorePort {
    /**
     * Appends a one-to-one message in ONE transaction, serialised with every other append to the same conversation
     * (a row lock or equivalent):
     * <ol>
     *   <li>a draft whose client message id this sender used before returns that stored message
     *       ({@code repeated = true}), nothing new is written;</li>
     *   <li>otherwise {@code decide} is asked with the conversation's state for the sender, read under the lock; a
     *       {@link SendDecision.Denied} writes nothing and is returned as {@link Refused};</li>
     *   <li>otherwise the message takes the conversation's next {@code seq} (strictly increasing, no gaps), an inbox
     *       entry is created for the recipient, the sender's count goes up and the conversation opens for the
     *       recipient (a message from X lifts the one-message rule for X's peer).</li>
     * </ol>
     */
    AppendResult appendDirect(DirectMessageDraft draft, Function<ConversationState, SendDecision> decide);

    /**
     * Appends a message from the system in ONE transaction: it goes to the recipient's own one-to-one conversation
     * (the one of a note to self, created if needed) under that conversation's lock, takes its next {@code seq}, and
     * an inbox entry is created for the recipient. No sent count changes and nothing opens: the system is nobody's
     * peer.
     */
    Message appendNotice(NoticeDraft draft);

    /**
     * Marks the one-to-one conversation of the two users as open for {@code openFor} for good (its peer followed
     * them), creating the conversation if needed.
     */
    void openConversationFor(UserId openFor, UserId peer);

    Optional<Message> byId(MessageId id);

    /** What appending gave. */
    sealed interface AppendResult permits Stored, Refused {
    }

    /** Stored now, or earlier ({@code repeated}) under the same client message id. */
    record Stored(Message message, boolean repeated) implements AppendResult {
        public Stored {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The sendability decision refused it; nothing was written. */
    record Refused(ReasonCode reason) implements AppendResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
