package io.parley.chat.domain.sending;

import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import java.util.List;
import java.util.Optional;

/**
 * The rules of API.md j.3 for a one-to-one message, one named policy each, in the order they apply. The first that
 * decides wins; {@link Sendability} adds the names to an allowed message.
 */
public final class DirectMessagePolicies {
    private DirectMessagePolicies() {
    }

    private static final SendDecision ALLOWED = new SendDecision.Allowed("", "");

    /** 1. The recipient must exist and be enabled. */
    public static final DirectMessagePolicy RECIPIENT_IS_AVAILABLE = (facts, conversation) ->
            facts.recipient().filter(User::isEnabled).isPresent()
                    ? Optional.empty()
                    : denied(ReasonCode.RECIPIENT_UNAVAILABLE);

    /** 5. A note to oneself is always allowed. */
    public static final DirectMessagePolicy NOTES_TO_SELF_ARE_ALLOWED = (facts, conversation) ->
            facts.toSelf() ? Optional.of(ALLOWED) : Optional.empty();

    /** 2. Nobody writes to someone who blocked them, friend or not. */
    public static final DirectMessagePolicy RECIPIENT_HAS_NOT_BLOCKED_SENDER = (facts, conversation) ->
            facts.recipientBlocksSender() ? denied(ReasonCode.BLACKLISTED) : Optional.empty();

    /** 3. Whoever is in the recipient's contacts may write. */
    public static final DirectMessagePolicy CONTACTS_MAY_WRITE = (facts, conversation) ->
            facts.recipientsEntryForSender().isPresent() ? Optional.of(ALLOWED) : Optional.empty();

    /** 4a. A recipient who asks for it is written to only by followers. */
    public static final DirectMessagePolicy FOLLOW_REQUIRED_WHEN_ASKED = (facts, conversation) ->
            policyFor(facts).needFollow() && !facts.senderFollowsRecipient()
                    ? denied(ReasonCode.FOLLOW_REQUIRED)
                    : Optional.empty();

    /** 4b. sendCount 0: visitors must log in, users must become friends. */
    public static final DirectMessagePolicy STRANGERS_FORBIDDEN_WHEN_ASKED = (facts, conversation) -> {
        if (policyFor(facts).sendCount() != SendPolicy.FORBIDDEN) {
            return Optional.empty();
        }
        return denied(facts.sender().role() == Role.VISITOR ? ReasonCode.LOGIN_REQUIRED
                : ReasonCode.FRIENDSHIP_REQUIRED);
    };

    /**
     * 4c. sendCount 1: one message until the recipient replies or follows the sender; then open for good.
     */
    public static final DirectMessagePolicy ONE_MESSAGE_UNTIL_ANSWERED = (facts, conversation) -> {
        if (policyFor(facts).sendCount() != SendPolicy.ONE_MESSAGE) {
            return Optional.empty();
        }
        boolean open = conversation.openForSender() || facts.recipientFollowsSender();
        return !open && conversation.sentBySender() >= 1 ? denied(ReasonCode.ONE_MESSAGE_LIMIT) : Optional.empty();
    };

    /** In the order of j.3 (the note to self checked once the recipient is known to be there). */
    public static List<DirectMessagePolicy> all() {
        return List.of(RECIPIENT_IS_AVAILABLE, NOTES_TO_SELF_ARE_ALLOWED, RECIPIENT_HAS_NOT_BLOCKED_SENDER,
                CONTACTS_MAY_WRITE, FOLLOW_REQUIRED_WHEN_ASKED, STRANGERS_FORBIDDEN_WHEN_ASKED,
                ONE_MESSAGE_UNTIL_ANSWERED);
    }

    /** The recipient's rule for senders of the sender's stored role (defaults when unset). */
    private static SendPolicy policyFor(DirectMessageFacts facts) {
        User recipient = facts.recipient().orElseThrow();
        return facts.sender().role() == Role.VISITOR
                ? recipient.settings().chat().visitor()
                : recipient.settings().chat().user();
    }

    private static Optional<SendDecision> denied(ReasonCode reason) {
        return Optional.of(new SendDecision.Denied(reason));
    }
}
