package io.parley.chat.domain.sending;

import java.util.Optional;

/** May S send R a one-to-one message now? The rules of {@link DirectMessagePolicies}, then the names if allowed. */
public final class Sendability {
    private Sendability() {
    }

    public static SendDecision decide(DirectMessageFacts facts, ConversationState conversation) {
        for (DirectMessagePolicy policy : DirectMessagePolicies.all()) {
            Optional<SendDecision> decided = policy.decide(facts, conversation);
            if (decided.isPresent()) {
                return named(decided.get(), facts);
            }
        }
        return named(new SendDecision.Allowed("", ""), facts);
    }

    private static SendDecision named(SendDecision decision, DirectMessageFacts facts) {
        if (!decision.isAllowed()) {
            return decision;
        }
        return new SendDecision.Allowed(
                DisplayNames.of(facts.sender(), facts.recipientsEntryForSender()),
                DisplayNames.of(facts.recipient().orElseThrow(), facts.sendersEntryForRecipient()));
    }
}
