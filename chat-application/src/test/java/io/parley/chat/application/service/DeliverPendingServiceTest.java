package io.parley.chat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliverPendingServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    private List<MessageId> sendWhileAway(int count) {
        test.chatSettings(rita, new SendPolicy(2, false), new SendPolicy(2, false));
        return IntStream.range(0, count).mapToObj(i -> test.send(sam, rita, "m" + i)).map(Message::id).toList();
    }

    private int deliverPending(UserId user) {
        return test.core().deliverPending().deliverPending(user);
    }

    @Test
    void loseNothingWhenTheUserIsNotConnected() {
        List<MessageId> sent = sendWhileAway(3);

        assertEquals(0, deliverPending(rita));
        assertEquals(0, deliverPending(rita));

        assertEquals(sent, test.messages().inboxOf(rita));
    }

    @Test
    void pushEverythingOldestFirstAndClearWhatALegacyConnectionTook() {
        List<MessageId> sent = sendWhileAway(3);
        test.pusher().forget();
        test.pusher().connectLegacy(rita);

        assertEquals(3, deliverPending(rita));

        assertEquals(sent, test.pusher().idsPushedTo(rita));
        assertEquals(List.of(), test.messages().inboxOf(rita));
        assertEquals(0, deliverPending(rita));
    }

    @Test
    void pushUnacknowledgedMessagesAgainOnEveryRoundUntilTheAck() {
        List<MessageId> sent = sendWhileAway(2);
        test.pusher().forget();
        test.pusher().connectAckMode(rita);

        assertEquals(2, deliverPending(rita));
        // the connection dropped before the ack; the next connect brings them again
        assertEquals(2, deliverPending(rita));
        assertEquals(List.of(sent.get(0), sent.get(1), sent.get(0), sent.get(1)), test.pusher().idsPushedTo(rita));

        test.core().acknowledgeMessages().acknowledge(rita, List.of(sent.get(0).value()));
        assertEquals(1, deliverPending(rita));
        test.core().acknowledgeMessages().acknowledge(rita, List.of(sent.get(1).value()));
        assertEquals(0, deliverPending(rita));
        assertEquals(List.of(), test.messages().inboxOf(rita));
    }

    @Test
    void keepWhatAConnectionFailedToTake() {
        List<MessageId> sent = sendWhileAway(2);
        test.pusher().answer(rita, Outcome.FAILED);

        assertEquals(2, deliverPending(rita));

        assertEquals(sent, test.messages().inboxOf(rita));
    }

    @Test
    void stopAtTheFirstPushNobodyTakes() {
        sendWhileAway(5);
        test.pusher().forget();

        deliverPending(rita);

        assertEquals(1, test.pusher().pushes().size());
    }

    @Test
    void deliverOnlyTheUsersOwnInbox() {
        sendWhileAway(2);
        test.pusher().forget();
        test.pusher().connectLegacy(sam);

        assertEquals(0, deliverPending(sam));

        assertEquals(List.of(), test.pusher().pushes());
        assertEquals(2, test.messages().inboxOf(rita).size());
    }

    @Test
    void leaveAMessageStillOnItsWayToTheRoundThatHasIt() {
        test.pusher().hold(rita);
        Message sent = test.send(sam, rita, "hi");

        // the connect round and the client's #21 while the socket is still writing the live push
        assertEquals(0, deliverPending(rita));
        assertEquals(0, deliverPending(rita));
        assertEquals(List.of(sent.id()), test.pusher().idsPushedTo(rita));

        test.pusher().completeHeld(rita, Outcome.WRITTEN);
        assertEquals(List.of(), test.messages().inboxOf(rita));
        assertEquals(List.of(sent.id()), test.pusher().idsPushedTo(rita));
    }

    @Test
    void pushAgainWhatFailedOnItsWayWhileAnotherRoundAskedForIt() {
        test.pusher().hold(rita);
        Message sent = test.send(sam, rita, "hi");
        // a new connection's round finds the message still on its way to the old one
        assertEquals(0, deliverPending(rita));

        test.pusher().connectLegacy(rita);
        test.pusher().completeHeld(rita, Outcome.FAILED);

        assertEquals(List.of(sent.id(), sent.id()), test.pusher().idsPushedTo(rita));
        assertEquals(List.of(), test.messages().inboxOf(rita));
    }

    @Test
    void notPushAgainWhatFailedWhenNobodyAskedForIt() {
        test.pusher().hold(rita);
        Message sent = test.send(sam, rita, "hi");
        test.pusher().connectLegacy(rita);

        test.pusher().completeHeld(rita, Outcome.FAILED);

        assertEquals(List.of(sent.id()), test.pusher().idsPushedTo(rita));
        assertEquals(List.of(sent.id()), test.messages().inboxOf(rita), "for the next round");
    }

    @Test
    void pushALargeInboxAWindowAtATimeOnceTheConnectionTookTheLast() {
        List<MessageId> waiting = sendWhileAway(2 * DeliverPendingService.WINDOW + 5);
        test.pusher().forget();
        test.pusher().hold(rita);

        assertEquals(DeliverPendingService.WINDOW, deliverPending(rita));
        assertEquals(waiting.subList(0, DeliverPendingService.WINDOW), test.pusher().idsPushedTo(rita));

        test.pusher().completeHeld(rita, Outcome.AWAITING_ACK);
        assertEquals(waiting.subList(0, 2 * DeliverPendingService.WINDOW), test.pusher().idsPushedTo(rita));

        test.pusher().completeHeld(rita, Outcome.AWAITING_ACK);
        assertEquals(waiting, test.pusher().idsPushedTo(rita), "each once, in order, though none was acknowledged");
    }

    @Test
    void stopWalkingTheInboxWhenTheConnectionDropsAWindow() {
        List<MessageId> waiting = sendWhileAway(DeliverPendingService.WINDOW + 5);
        test.pusher().forget();
        test.pusher().hold(rita);
        deliverPending(rita);

        test.pusher().completeHeld(rita, Outcome.FAILED);

        assertEquals(DeliverPendingService.WINDOW, test.pusher().idsPushedTo(rita).size(), "the rest waits");
        assertEquals(waiting, test.messages().inboxOf(rita));
    }
}
