package io.parley.chat.application.service;

import io.parley.chat.application.port.in.RecallMessageCommand;
import io.parley.chat.application.port.in.RecallMessageUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.RecallPolicy;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * #37: a message is taken back within the recall window, by its sender or, in a group, by the group's owner. The
 * store marks it recalled and queues it again for those who got it; their connections get it like any message (the
 * pusher shows a recalled message as the recall notice, N-6), and whoever is away finds it in the inbox. In a group
 * everyone who is a member now but the one recalling is told: they know already.
 */
final class RecallMessageService implements RecallMessageUseCase {
    private final MessageStorePort messages;
    private final ConversationPort conversations;
    private final GroupStorePort groups;
    private final GroupMessageStorePort groupMessages;
    private final ClockPort clock;
    private final RecallPolicy policy;
    private final Delivery delivery;

    RecallMessageService(MessageStorePort messages, ConversationPort conversations, GroupStorePort groups,
            GroupMessageStorePort groupMessages, ClockPort clock, RecallPolicy policy, Delivery delivery) {
        this.messages = messages;
        this.conversations = conversations;
        this.groups = groups;
        this.groupMessages = groupMessages;
        this.clock = clock;
        this.policy = policy;
        this.delivery = delivery;
    }

    @Override
    public Message recall(RecallMessageCommand command) {
        Message message = messages.byId(command.messageId())
                .filter(m -> command.chatType() == null || command.chatType() == m.chatType())
                .filter(m -> command.toId() == null || command.toId() == m.toId())
                .orElseThrow(() -> new DomainException(ReasonCode.MESSAGE_NOT_FOUND));
        return message.chatType() == ChatType.GROUP ? recallInGroup(message, command.caller())
                : recallOneToOne(message, command.caller());
    }

    private Message recallOneToOne(Message message, UserId caller) {
        Instant now = clock.now();
        policy.check(message, caller.value(), now);
        if (message.recalled()) {
            // recalled before: its recipient was told then, or finds it in the inbox
            return message;
        }
        Message recalled = conversations.recall(message.id(), now)
                .orElseThrow(() -> new DomainException(ReasonCode.MESSAGE_NOT_FOUND));
        delivery.deliver(UserId.of(recalled.toId()), recalled);
        return recalled;
    }

    private Message recallInGroup(Message message, UserId caller) {
        GroupRoster roster = GroupRoster.load(groups, GroupId.of(message.toId()));
        GroupPolicies.checkRecall(roster.group(), roster.membership(caller));
        Instant now = clock.now();
        policy.checkInGroup(message, roster.group(), caller.value(), now);
        if (message.recalled()) {
            return message;
        }
        List<UserId> told = roster.memberIds().stream().filter(member -> !member.equals(caller)).toList();
        Message recalled = groupMessages.recallGroup(message.id(), now, told)
                .orElseThrow(() -> new DomainException(ReasonCode.MESSAGE_NOT_FOUND));
        told.forEach(member -> delivery.deliver(member, recalled));
        return recalled;
    }
}
