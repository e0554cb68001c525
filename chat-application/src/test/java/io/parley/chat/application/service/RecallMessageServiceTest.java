package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.RecordingPusher.Push;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.RecallMessageCommand;
import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecallMessageServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    private Message recall(UserId caller, Message message) {
        return recall(new RecallMessageCommand(caller, message.id(), null, null));
    }

    private Message recall(RecallMessageCommand command) {
        return test.core().recallMessage().recall(command);
    }

    private Message stored(Message message) {
        return test.messages().byId(message.id()).orElseThrow();
    }

    /** The messages pushed to the user, in push order. */
    private List<Message> pushedTo(UserId user) {
        return test.pusher().pushes().stream().filter(p -> p.recipient().equals(user)).map(Push::message).toList();
    }

    @Test
    void recallWithinTheWindowAndAnswerWithTheRecalledMessage() {
        Message sent = test.send(sam, rita, "oops");
        test.clock().advance(Duration.ofMinutes(4));

        Message recalled = recall(sam, sent);

        assertTrue(recalled.recalled());
        assertEquals(MessageData.REMOVED, recalled.data());
        assertEquals(sent.recalledCopy(), recalled);
        assertEquals(recalled, stored(sent));
    }

    @Test
    void recallUpToTheLastMomentOfTheWindow() {
        Message sent = test.send(sam, rita, "oops");
        test.clock().advance(TestCore.RECALL_WINDOW);

        assertTrue(recall(sam, sent).recalled());
    }

    @Test
    void refuseOnceTheWindowHasPassed() {
        Message sent = test.send(sam, rita, "oops");
        test.clock().advance(TestCore.RECALL_WINDOW.plusSeconds(1));

        assertRefused(ReasonCode.RECALL_WINDOW_PASSED, () -> recall(sam, sent));

        assertEquals(sent, stored(sent));
    }

    @Test
    void refuseAnyoneButTheSender() {
        Message sent = test.send(sam, rita, "oops");
        UserId tom = test.user("tom_01");
        test.pusher().forget();

        assertRefused(ReasonCode.NOT_MESSAGE_SENDER, () -> recall(rita, sent));
        assertRefused(ReasonCode.NOT_MESSAGE_SENDER, () -> recall(tom, sent));

        assertEquals(sent, stored(sent));
        assertEquals(List.of(), test.pusher().pushes());
    }

    @Test
    void refuseAMessageThatDoesNotExist() {
        assertRefused(ReasonCode.MESSAGE_NOT_FOUND, () -> recall(new RecallMessageCommand(sam,
                new MessageId(UUID.randomUUID().toString()), null, null)));
    }

    @Test
    void refuseWhenTheGivenRecipientOrChatTypeIsNotTheMessages() {
        Message sent = test.send(sam, rita, "oops");
        UserId tom = test.user("tom_01");

        assertRefused(ReasonCode.MESSAGE_NOT_FOUND, () -> recall(new RecallMessageCommand(sam, sent.id(),
                tom.value(), null)));
        assertRefused(ReasonCode.MESSAGE_NOT_FOUND, () -> recall(new RecallMessageCommand(sam, sent.id(),
                rita.value(), ChatType.GROUP)));
        assertEquals(sent, stored(sent));

        Message recalled = recall(new RecallMessageCommand(sam, sent.id(), rita.value(), ChatType.SINGLE));
        assertTrue(recalled.recalled());
    }

    @Test
    void bringTheRecallToARecipientWhoHadTheMessageAlready() {
        test.pusher().connectLegacy(rita);
        Message sent = test.send(sam, rita, "oops");
        assertEquals(List.of(), test.messages().inboxOf(rita));

        Message recalled = recall(sam, sent);

        assertEquals(List.of(sent, recalled), pushedTo(rita));
        assertEquals(List.of(), test.messages().inboxOf(rita), "the legacy connection took the recall");
        assertEquals(List.of(), pushedTo(sam));
    }

    @Test
    void keepTheRecallForARecipientWhoIsAway() {
        test.pusher().connectAckMode(rita);
        Message sent = test.send(sam, rita, "oops");
        test.core().acknowledgeMessages().acknowledge(rita, List.of(sent.id().value()));
        test.pusher().disconnect(rita);

        Message recalled = recall(sam, sent);

        assertEquals(List.of(sent.id()), test.messages().inboxOf(rita));
        assertEquals(List.of(recalled), test.messages().undelivered(rita, 10));
        test.pusher().forget();
        test.pusher().connectAckMode(rita);
        assertEquals(1, test.core().deliverPending().deliverPending(rita));
        assertEquals(List.of(recalled), pushedTo(rita));
    }

    @Test
    void replaceAnUndeliveredMessageByItsRecall() {
        Message first = test.send(sam, rita, "oops");
        test.relations().befriend(sam, "", rita, "");
        Message second = test.send(sam, rita, "fine");

        Message recalled = recall(sam, first);

        assertEquals(List.of(first.id(), second.id()), test.messages().inboxOf(rita));
        assertEquals(List.of(recalled, second), test.messages().undelivered(rita, 10));
    }

    @Test
    void pushTheRecallEvenWhileTheMessageItselfIsStillOnItsWay() {
        test.pusher().hold(rita);
        Message sent = test.send(sam, rita, "oops");

        Message recalled = recall(sam, sent);

        assertEquals(List.of(sent, recalled), pushedTo(rita));
        assertEquals(2, test.pusher().completeHeld(rita, Outcome.WRITTEN));
        assertEquals(List.of(), test.messages().inboxOf(rita));
    }

    @Test
    void recallAgainWithoutErrorAndWithoutTellingTheRecipientTwice() {
        test.pusher().connectLegacy(rita);
        Message sent = test.send(sam, rita, "oops");
        Message recalled = recall(sam, sent);
        test.clock().advance(TestCore.RECALL_WINDOW.multipliedBy(2));

        assertEquals(recalled, recall(sam, sent));

        assertEquals(List.of(sent, recalled), pushedTo(rita));
        assertEquals(List.of(), test.messages().inboxOf(rita));
        assertRefused(ReasonCode.NOT_MESSAGE_SENDER, () -> recall(rita, sent));
    }

    @Test
    void addNoMessageToTheConversation() {
        Message sent = test.send(sam, rita, "oops");

        recall(sam, sent);

        assertEquals(List.of(sent.recalledCopy()), test.messages().all());
    }
}
