package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageBusPort} must do, in memory or between the nodes of a cluster: a publication reaches the
 * named node only, with every field intact, and one for a node nobody listens to is dropped. A networked bus may
 * hand publications over on its own threads a little later, so the tests wait for what they expect.
 */
public abstract class MessageBusContract {
    /** How long a test waits for a publication to arrive. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    /** How long a test listens to be sure that nothing (more) arrives. */
    private static final Duration QUIET = Duration.ofMillis(300);

    private static final UserId RITA = UserId.of(2);

    /**
     * The bus as the named node uses it: the same object for every node of an in-memory bus, a connection of the
     * node's own for a networked one.
     */
    protected abstract MessageBusPort busOf(String node);

    /** A node name no other test (nor another build sharing the same server) uses. */
    protected static String someNode() {
        return "node-" + UUID.randomUUID();
    }

    /** What reached one node, in order. */
    public record Heard(String kind, UserId user, Object detail) {
    }

    /** A node's subscriber that writes down what reached it. */
    public static class Listener implements MessageBusPort.Subscriber {
        private final BlockingQueue<Heard> heard = new LinkedBlockingQueue<>();

        @Override
        public void message(UserId recipient, Message message) {
            heard.add(new Heard("message", recipient, message));
        }

        @Override
        public void readReceipt(UserId recipient, ReadReceipt receipt) {
            heard.add(new Heard("read", recipient, receipt));
        }

        @Override
        public void pendingDeliveryRequested(UserId recipient) {
            heard.add(new Heard("pending", recipient, null));
        }

        @Override
        public void closeRequested(UserId user, String connection, DisconnectReason reason) {
            heard.add(new Heard("close", user, List.of(connection, reason)));
        }

        @Override
        public void closeAllRequested(UserId user, DisconnectReason reason) {
            heard.add(new Heard("closeAll", user, reason));
        }

        @Override
        public void resumed() {
            heard.add(new Heard("resumed", null, null));
        }

        /** The next {@code count} things heard, waiting for each at most {@link #PATIENCE}. */
        public List<Heard> next(int count) throws InterruptedException {
            List<Heard> got = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Heard one = heard.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                assertNotNull(one, "heard only " + got + " of " + count + " within " + PATIENCE);
                got.add(one);
            }
            return got;
        }

        /** What arrives within {@link #QUIET}: nothing, when a test says so. */
        public List<Heard> furtherWithinQuiet() throws InterruptedException {
            Thread.sleep(QUIET.toMillis());
            return heardSoFar();
        }

        /** What arrived and was not looked at yet, without waiting. */
        public List<Heard> heardSoFar() {
            List<Heard> rest = new ArrayList<>();
            heard.drainTo(rest);
            return rest;
        }
    }

    private Listener listening(String node) {
        Listener listener = new Listener();
        busOf(node).subscribe(node, listener);
        return listener;
    }

    /** A message with every field set, unusual characters and a sub-millisecond time included. */
    protected static Message everyFieldSet() {
        return new Message(new MessageId(UUID.randomUUID().toString()), 41, 7, 1, "Sam \"the\" man", "/public/a.png",
                "uuid-of-sam", 2, "丽塔", "/public/r.png", ChatType.GROUP, "image",
                MessageData.json("{\"data\":\"/public/img.jpg\",\"dataType\":false,\"otherData\":null}"),
                "{\"width\":640,\"note\":\"😀\"}", new ClientMessageId("client-42"),
                Instant.parse("2024-06-01T10:00:00.123456789Z"), true);
    }

    /** A message with every optional field left out. */
    protected static Message fewestFields() {
        return new Message(new MessageId(UUID.randomUUID().toString()), 3, 1, Message.SYSTEM_SENDER, "", "", "", 2,
                "", "", ChatType.SINGLE, "text", MessageData.text("line one\nline two"), null, null,
                Instant.parse("2024-06-01T10:00:00Z"), false);
    }

    @Test
    void handEachPublicationToTheNamedNodeOnly() throws InterruptedException {
        String one = someNode();
        String two = someNode();
        Listener atOne = listening(one);
        Listener atTwo = listening(two);
        Message message = fewestFields();

        busOf(one).publish(two, RITA, message);

        assertEquals(List.of(new Heard("message", RITA, message)), atTwo.next(1));
        assertEquals(List.of(), atOne.furtherWithinQuiet());
        assertEquals(List.of(), atTwo.furtherWithinQuiet());
    }

    @Test
    void carryEveryKindOfPublicationWithEveryFieldIntact() throws InterruptedException {
        String one = someNode();
        String two = someNode();
        listening(one);
        Listener atTwo = listening(two);
        Message full = everyFieldSet();
        Message bare = fewestFields();
        ReadReceipt receipt = new ReadReceipt(ChatType.SINGLE, 1, 2, Long.MAX_VALUE);
        MessageBusPort bus = busOf(one);

        bus.publish(two, RITA, full);
        bus.publish(two, RITA, bare);
        bus.publishReadReceipt(two, RITA, receipt);
        bus.requestPendingDelivery(two, RITA);
        bus.requestClose(two, RITA, "socket-7", DisconnectReason.REPLACED);
        bus.requestCloseAll(two, RITA, DisconnectReason.LOGGED_OUT);
        bus.requestCloseAll(two, RITA, DisconnectReason.DISABLED);

        assertEquals(List.of(
                new Heard("message", RITA, full),
                new Heard("message", RITA, bare),
                new Heard("read", RITA, receipt),
                new Heard("pending", RITA, null),
                new Heard("close", RITA, List.of("socket-7", DisconnectReason.REPLACED)),
                new Heard("closeAll", RITA, DisconnectReason.LOGGED_OUT),
                new Heard("closeAll", RITA, DisconnectReason.DISABLED)), atTwo.next(7),
                "all of it, in the order one node published it");
        assertEquals(List.of(), atTwo.furtherWithinQuiet());
    }

    @Test
    void dropAPublicationForANodeNobodyListensTo() throws InterruptedException {
        String one = someNode();
        String silent = someNode();
        Listener atOne = listening(one);

        assertDoesNotThrow(() -> busOf(one).publish(silent, RITA, fewestFields()));
        assertDoesNotThrow(() -> busOf(one).requestPendingDelivery(silent, RITA));
        Listener late = listening(silent);
        Message later = fewestFields();
        busOf(one).publish(silent, RITA, later);

        assertEquals(List.of(new Heard("message", RITA, later)), late.next(1), "not kept for a later subscriber");
        assertEquals(List.of(), late.furtherWithinQuiet());
        assertEquals(List.of(), atOne.furtherWithinQuiet());
    }

    @Test
    void reachANodeFromItselfAsFromAnyOther() throws InterruptedException {
        String one = someNode();
        Listener atOne = listening(one);

        busOf(one).requestPendingDelivery(one, RITA);

        assertEquals(List.of(new Heard("pending", RITA, null)), atOne.next(1));
    }
}
