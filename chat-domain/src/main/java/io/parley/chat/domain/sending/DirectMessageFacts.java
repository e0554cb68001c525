package io.parley.chat.domain.sending;

import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the sendability rules look at for a one-to-one message from {@code sender} to the recipient, except
 * the {@link ConversationState} (read under the conversation's lock).
 *
 * @param recipient empty when no such user exists
 * @param recipientsEntryForSender the recipient's contact entry for the sender (R → S): S is R's friend
 * @param sendersEntryForRecipient the sender's contact entry for the recipient (S → R), for the recipient's name
 * @param recipientBlocksSender R has blocked S (with or without friendship)
 * @param senderFollowsRecipient S follows R
 * @param recipientFollowsSender R follows S (lifts the one-message rule)
 */
public record DirectMessageFacts(
        User sender,
        Optional<User> recipient,
        Optional<Friendship> recipientsEntryForSender,
        Optional<Friendship> sendersEntryForRecipient,
        boolean recipientBlocksSender,
        boolean senderFollowsRecipient,
        boolean recipientFollowsSender) {

    public DirectMessageFacts {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recipientsEntryForSender, "recipientsEntryForSender");
        Objects.requireNonNull(sendersEntryForRecipient, "sendersEntryForRecipient");
    }

    boolean toSelf() {
        return recipient.map(r -> r.id().equals(sender.id())).orElse(false);
    }
}
