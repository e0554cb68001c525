package io.parley.chat.application.service;

import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.application.port.in.SendMessageUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.LoadSenderRelationsPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.application.port.out.MessageStorePort.AppendResult;
import io.parley.chat.application.port.out.MessageStorePort.Refused;
import io.parley.chat.application.port.out.MessageStorePort.Stored;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.DirectMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.relation.SenderRelations;
import io.parley.chat.domain.sending.ConversationState;
import io.parley.chat.domain.sending.DirectMessageFacts;
import io.parley.chat.domain.sending.SendDecision;
import io.parley.chat.domain.sending.Sendability;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;

/**
 * #20 and the WebSocket {@code send}. One-to-one: gathers what the rules look at, lets the store decide under the
 * conversation's lock and append, then hands the message to the recipient's connection without waiting for it. To a
 * group: see {@link GroupMessageSender}.
 */
final class SendMessageService implements SendMessageUseCase {
    private final LoadUserPort users;
    private final LoadSenderRelationsPort relations;
    private final MessageStorePort messages;
    private final IdGeneratorPort ids;
    private final ClockPort clock;
    private final Delivery delivery;
    private final GroupMessageSender toGroups;

    SendMessageService(LoadUserPort users, LoadSenderRelationsPort relations, MessageStorePort messages,
            IdGeneratorPort ids, ClockPort clock, Delivery delivery, GroupMessageSender toGroups) {
        this.users = users;
        this.relations = relations;
        this.messages = messages;
        this.ids = ids;
        this.clock = clock;
        this.delivery = delivery;
        this.toGroups = toGroups;
    }

    @Override
    public Message send(SendMessageCommand command) {
        User sender = Users.existing(users, command.sender());
        if (command.chatType() == ChatType.GROUP) {
            return toGroups.send(sender, command);
        }
        DirectMessageFacts facts = factsAbout(sender, UserId.of(command.sendtoId()));
        // with nobody to write to there is no conversation to lock: the domain's answer needs no state then
        User recipient = facts.recipient().orElseThrow(() -> refusal(Sendability.decide(facts,
                ConversationState.NEW)));
        DirectMessageDraft draft = new DirectMessageDraft(new MessageId(ids.newUuid()), sender, recipient,
                command.type(), command.data(), command.options(), command.clientMessageId(), clock.now());

        AppendResult appended = messages.appendDirect(draft, conversation -> Sendability.decide(facts,
                conversation));

        if (appended instanceof Refused refused) {
            throw new DomainException(refused.reason());
        }
        Stored stored = (Stored) appended;
        if (!stored.repeated()) {
            // a repeat was delivered (or kept in the inbox) the first time
            delivery.deliver(recipient.id(), stored.message());
        }
        return stored.message();
    }

    private DirectMessageFacts factsAbout(User sender, UserId recipientId) {
        Optional<User> recipient = users.byId(recipientId);
        // nobody to write to: the rules refuse before they look at relations
        SenderRelations between = recipient.isPresent() ? relations.between(sender.id(), recipientId)
                : SenderRelations.NONE;
        return new DirectMessageFacts(sender, recipient, between.recipientsEntryForSender(),
                between.sendersEntryForRecipient(), between.recipientBlocksSender(), between.senderFollowsRecipient(),
                between.recipientFollowsSender());
    }

    private static DomainException refusal(SendDecision decision) {
        if (decision instanceof SendDecision.Denied denied) {
            return new DomainException(denied.reason());
        }
        throw new IllegalStateException("a message to nobody was allowed: " + decision);
    }
}
