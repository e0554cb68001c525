package io.parley.chat.application.service;

import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.application.port.in.MarkReadUseCase;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;

/**
 * Moves the reader's pointer and tells the peer's live connection, wherever it is, how far the reader got. The receipt is best
 * effort: the pointer is stored, and a peer who misses the frame sees it the next time they look.
 */
final class MarkReadService implements MarkReadUseCase {
    private static final System.Logger LOG = System.getLogger(MarkReadService.class.getName());

    private final ConversationPort conversations;
    private final Delivery delivery;

    MarkReadService(ConversationPort conversations, Delivery delivery) {
        this.conversations = conversations;
        this.delivery = delivery;
    }

    @Override
    public void markRead(MarkReadCommand command) {
        if (command.chatType() == ChatType.GROUP) {
            throw new DomainException(ReasonCode.NOT_SUPPORTED);
        }
        UserId reader = command.reader();
        UserId peer = UserId.of(command.id());
        Optional<Long> pointer = conversations.markRead(reader, peer, command.seq());
        // no conversation, nothing to tell; a note to self has nobody else to tell
        if (pointer.isEmpty() || peer.equals(reader)) {
            return;
        }
        ReadReceipt receipt = new ReadReceipt(ChatType.SINGLE, reader.value(), reader.value(), pointer.get());
        try {
            delivery.tellRead(peer, receipt);
        } catch (RuntimeException broken) {
            // the pointer is stored already: the reader must not see a failure for the peer's socket
            LOG.log(System.Logger.Level.WARNING, "read receipt of user " + reader + " to user " + peer
                    + " was not pushed", broken);
        }
    }
}
