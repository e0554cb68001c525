package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.InMemoryMessages;
import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.application.port.out.PusherPort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class MarkReadServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId sam = test.user("sam_01");
    private final UserId rita = test.user("rita_01");

    private void markRead(UserId reader, UserId peer, long seq) {
        test.core().markRead().markRead(new MarkReadCommand(reader, ChatType.SINGLE, peer.value(), seq));
    }

    private static Map.Entry<UserId, ReadReceipt> receipt(UserId to, UserId reader, long seq) {
        return Map.entry(to, new ReadReceipt(ChatType.SINGLE, reader.value(), reader.value(), seq));
    }

    private void exchange(int fromRita) {
        test.relations().befriend(sam, "", rita, "");
        for (int i = 0; i < fromRita; i++) {
            test.send(rita, sam, "m" + i);
        }
    }

    @Test
    void tellThePeerHowFarIHaveRead() {
        exchange(3);

        markRead(sam, rita, 2);

        assertEquals(List.of(receipt(rita, sam, 2)), test.pusher().readReceipts());
        assertEquals(1, test.core().conversations().conversations(sam).get(0).unread());
    }

    @Test
    void neverReadPastTheLastMessage() {
        exchange(3);

        markRead(sam, rita, 99);

        assertEquals(List.of(receipt(rita, sam, 3)), test.pusher().readReceipts());
        Message next = test.send(rita, sam, "later");
        assertEquals(1, test.core().conversations().conversations(sam).get(0).unread(), next + " is unread");
    }

    @Test
    void neverMoveThePointerBackAndTellThePeerWhereItStays() {
        exchange(3);
        markRead(sam, rita, 3);

        markRead(sam, rita, 1);

        assertEquals(List.of(receipt(rita, sam, 3), receipt(rita, sam, 3)), test.pusher().readReceipts());
        assertEquals(0, test.core().conversations().conversations(sam).get(0).unread());
    }

    @Test
    void tellNobodyWhenThereIsNoConversation() {
        markRead(sam, rita, 5);
        markRead(sam, UserId.of(4040), 5);

        assertEquals(List.of(), test.pusher().readReceipts());
    }

    @Test
    void tellNobodyAboutNotesToSelf() {
        test.send(sam, sam, "remember");

        markRead(sam, sam, 1);

        assertEquals(List.of(), test.pusher().readReceipts());
    }

    @Test
    void refuseAGroupThatIsNot() {
        assertRefused(ReasonCode.GROUP_NOT_FOUND, () -> test.core().markRead().markRead(new MarkReadCommand(sam,
                ChatType.GROUP, 1, 1)));
        assertEquals(List.of(), test.pusher().readReceipts());
    }

    @Test
    void keepThePointerWhenThePeersSocketBreaks() {
        InMemoryMessages store = test.messages();
        exchange(2);
        PusherPort broken = new PusherPort() {
            @Override
            public CompletionStage<Outcome> push(UserId recipient, Message message) {
                throw new AssertionError("no message is pushed here");
            }

            @Override
            public boolean pushReadReceipt(UserId recipient, ReadReceipt receipt) {
                throw new IllegalStateException("socket closed");
            }
        };

        new MarkReadService(store, new Delivery(broken, store, Runnable::run, DeliveryTest.NO_OTHER_NODES),
                test.groups(), store).markRead(new MarkReadCommand(sam, ChatType.SINGLE, rita.value(), 2));

        assertEquals(0, store.conversationsOf(sam).get(0).unread());
    }
}
