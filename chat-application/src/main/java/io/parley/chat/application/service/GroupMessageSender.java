package io.parley.chat.application.service;

import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.MessageStorePort.Stored;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.message.GroupMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.List;

/**
 * The group branch of #20 and the WebSocket {@code send}: a member who may send writes one message with an inbox
 * entry for every other member (the muted read too; those waiting for the owner do not), then each is pushed. The
 * sender appears under their name and avatar in the group.
 */
final class GroupMessageSender {
    private final GroupStorePort groups;
    private final GroupMessageStorePort groupMessages;
    private final IdGeneratorPort ids;
    private final ClockPort clock;
    private final Delivery delivery;

    GroupMessageSender(GroupStorePort groups, GroupMessageStorePort groupMessages, IdGeneratorPort ids,
            ClockPort clock, Delivery delivery) {
        this.groups = groups;
        this.groupMessages = groupMessages;
        this.ids = ids;
        this.clock = clock;
        this.delivery = delivery;
    }

    Message send(User sender, SendMessageCommand command) {
        GroupRoster roster = GroupRoster.load(groups, GroupId.of(command.sendtoId()));
        GroupPolicies.checkSend(roster.group(), roster.membership(sender.id()));
        List<UserId> recipients = roster.memberIds().stream().filter(member -> !member.equals(sender.id())).toList();
        GroupMessageDraft draft = new GroupMessageDraft(new MessageId(ids.newUuid()), sender, roster.nameOf(sender),
                roster.avatarOf(sender), roster.group(), command.type(), command.data(), command.options(),
                command.clientMessageId(), clock.now());

        Stored stored = groupMessages.appendGroup(draft, recipients);

        if (!stored.repeated()) {
            // a repeat was delivered (or kept in the inboxes) the first time
            recipients.forEach(recipient -> delivery.deliver(recipient, stored.message()));
        }
        return stored.message();
    }
}
