package io.parley.chat.application.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryMessageBusTest {
    private static final UserId RITA = UserId.of(2);
    private static final Message MESSAGE = new Message(new MessageId(UUID.randomUUID().toString()), 1, 1, 1, "Sam",
            "", "uuid-1", 2, "Rita", "", ChatType.SINGLE, "text", MessageData.text("hi"), null, null,
            Instant.parse("2024-06-01T10:00:00Z"), false);

    private final InMemoryMessageBus bus = new InMemoryMessageBus();

    /** Writes down what reached it. */
    private static class Node implements MessageBusPort.Subscriber {
        final List<String> heard = new ArrayList<>();

        @Override
        public void message(UserId recipient, Message message) {
            heard.add("message " + message.id().value() + " for " + recipient);
        }

        @Override
        public void readReceipt(UserId recipient, ReadReceipt receipt) {
            heard.add("read " + receipt.seq() + " for " + recipient);
        }

        @Override
        public void pendingDeliveryRequested(UserId recipient) {
            heard.add("pending for " + recipient);
        }
    }

    @Test
    void handEachPublicationToTheNamedNodeOnly() {
        Node one = new Node();
        Node two = new Node();
        bus.subscribe("node-1", one);
        bus.subscribe("node-2", two);

        bus.publish("node-2", RITA, MESSAGE);
        bus.publishReadReceipt("node-2", RITA, new ReadReceipt(ChatType.SINGLE, 1, 1, 7));
        bus.requestPendingDelivery("node-2", RITA);

        assertEquals(List.of(), one.heard);
        assertEquals(List.of("message " + MESSAGE.id().value() + " for " + RITA, "read 7 for " + RITA,
                "pending for " + RITA), two.heard);
    }

    @Test
    void dropWhatNoNodeListensTo() {
        Node one = new Node();
        bus.subscribe("node-1", one);

        assertDoesNotThrow(() -> bus.publish("node-9", RITA, MESSAGE));
        assertDoesNotThrow(() -> bus.requestPendingDelivery("node-9", RITA));
        assertEquals(List.of(), one.heard);
    }

    @Test
    void keepTheReceivingNodesTroubleFromThePublisher() {
        bus.subscribe("node-2", new Node() {
            @Override
            public void message(UserId recipient, Message message) {
                throw new IllegalStateException("node-2 broken");
            }
        });

        assertDoesNotThrow(() -> bus.publish("node-2", RITA, MESSAGE));
    }

    @Test
    void refuseASecondSubscriberForOneNode() {
        bus.subscribe("node-1", new Node());
        assertThrows(IllegalStateException.class, () -> bus.subscribe("node-1", new Node()));
    }
}
