package io.parley.chat.domain.relation;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the two users' relations say that matters to a one-to-one message from sender S to recipient R, read
 * together (API.md j.3): the contact entries both ways, whether R blocks S, and the follows both ways.
 */
public record SenderRelations(
        Optional<Friendship> recipientsEntryForSender,
        Optional<Friendship> sendersEntryForRecipient,
        boolean recipientBlocksSender,
        boolean senderFollowsRecipient,
        boolean recipientFollowsSender) {

    public static final SenderRelations NONE = new SenderRelations(Optional.empty(), Optional.empty(), false, false,
            false);

    public SenderRelations {
        Objects.requireNonNull(recipientsEntryForSender, "recipientsEntryForSender");
        Objects.requireNonNull(sendersEntryForRecipient, "sendersEntryForRecipient");
    }
}
