package io.parley.chat.domain.sending;

import java.util.Optional;

/** One rule of who may message whom: decides, or passes the question on to the next rule. */
@FunctionalInterface
public interface DirectMessagePolicy {
    Optional<SendDecision> decide(DirectMessageFacts facts, ConversationState conversation);
}
