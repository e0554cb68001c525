package io.parley.chat.application.service;

import io.parley.chat.application.port.in.RecallMessageCommand;
import io.parley.chat.application.port.in.RecallMessageUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.RecallPolicy;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;

/**
 * #37, one-to-one: the sender takes a message back within the recall window. The store marks it recalled and queues
 * it for the recipient again; the recipient's connection gets it like any message (the pusher shows a recalled
 * message as the recall notice), and a recipient who is away finds it in the inbox.
 */
final class RecallMessageService implements RecallMessageUseCase {
    private final MessageStorePort messages;
    private final ConversationPort conversations;
    private final ClockPort clock;
    private final RecallPolicy policy;
    private final Delivery delivery;

    RecallMessageService(MessageStorePort messages, ConversationPort conversations, ClockPort clock,
            RecallPolicy policy, Delivery delivery) {
        this.messages = messages;
        this.conversations = conversations;
        this.clock = clock;
        this.policy = policy;
        this.delivery = delivery;
    }

    @Override
    public Message recall(RecallMessageCommand command) {
        Message message = messages.byId(command.messageId())
                .filter(m -> m.chatType() == ChatType.SINGLE)
                .filter(m -> command.chatType() == null || command.chatType() == m.chatType())
                .filter(m -> command.toId() == null || command.toId() == m.toId())
                .orElseThrow(() -> new DomainException(ReasonCode.MESSAGE_NOT_FOUND));
        Instant now = clock.now();
        policy.check(message, command.caller().value(), now);
        if (message.recalled()) {
            // recalled before: its recipient was told then, or finds it in the inbox
            return message;
        }
        Message recalled = conversations.recall(message.id(), now)
                .orElseThrow(() -> new DomainException(ReasonCode.MESSAGE_NOT_FOUND));
        delivery.deliver(UserId.of(recalled.toId()), recalled);
        return recalled;
    }
}
