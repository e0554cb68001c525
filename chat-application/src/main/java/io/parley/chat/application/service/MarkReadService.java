package io.parley.chat.application.service;

import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.application.port.in.MarkReadUseCase;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;

/**
 * Moves the reader's pointer. One-to-one, it also tells the peer's live connection, wherever it is, how far the
 * reader got; the receipt is best effort: the pointer is stored, and a peer who misses the frame sees it the next
 * time they look. A group has no receipts (API.md j.4 names them for single chats only): a member's pointer only
 * moves, in a locked or dissolved group too, like their reading.
 */
final class MarkReadService implements MarkReadUseCase {
    private static final System.Logger LOG = System.getLogger(MarkReadService.class.getName());

    private final ConversationPort conversations;
    private final Delivery delivery;
    private final GroupStorePort groups;
    private final GroupMessageStorePort groupMessages;

    MarkReadService(ConversationPort conversations, Delivery delivery, GroupStorePort groups,
            GroupMessageStorePort groupMessages) {
        this.conversations = conversations;
        this.delivery = delivery;
        this.groups = groups;
        this.groupMessages = groupMessages;
    }

    @Override
    public void markRead(MarkReadCommand command) {
        if (command.chatType() == ChatType.GROUP) {
            GroupId group = GroupRoster.existing(groups, GroupId.of(command.id())).id();
            GroupPolicies.checkHistoryRead(groups.membership(group, command.reader()));
            groupMessages.markGroupRead(command.reader(), group, command.seq());
            return;
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
