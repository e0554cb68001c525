package io.parley.chat.application.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.application.contract.MessageBusContract;
import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryMessageBusTest extends MessageBusContract {
    private static final UserId RITA = UserId.of(2);

    private final InMemoryMessageBus bus = new InMemoryMessageBus();

    @Override
    protected MessageBusPort busOf(String node) {
        return bus;
    }

    @Test
    void handOverOnThePublishersThread() {
        Listener two = new Listener();
        bus.subscribe("node-2", two);
        Message message = fewestFields();

        bus.publish("node-2", RITA, message);

        assertEquals(List.of(new Heard("message", RITA, message)), two.heardSoFar(), "before publish returned");
    }

    @Test
    void keepTheReceivingNodesTroubleFromThePublisher() {
        bus.subscribe("node-2", new Listener() {
            @Override
            public void message(UserId recipient, Message message) {
                throw new IllegalStateException("node-2 broken");
            }
        });

        assertDoesNotThrow(() -> bus.publish("node-2", RITA, fewestFields()));
    }

    @Test
    void refuseASecondSubscriberForOneNode() {
        bus.subscribe("node-1", new Listener());
        assertThrows(IllegalStateException.class, () -> bus.subscribe("node-1", new Listener()));
    }
}
