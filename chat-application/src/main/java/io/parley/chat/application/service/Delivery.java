package io.parley.chat.application.service;

import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.application.port.out.PusherPort;
import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands a stored message to the recipient's live connection and settles its inbox entry once the connection has
 * answered: written to a legacy connection → the entry goes; anything else → it stays, for the next connect, #21 or
 * the client's ack (API.md j.4). Never waits on a socket, and never lets a delivery problem reach the sender: the
 * message is stored already, the inbox keeps it.
 *
 * <p>The connection is looked for here first (this node's registry is the truth about its own sockets); only when
 * there is none here does presence say which other node holds it, and the bus carries the message there, where
 * that node's delivery pushes it and settles the entry. Nothing is forwarded twice: a node pushes what the bus
 * brings only to its own connections.
 *
 * <p>A message is on its way to one recipient at most once at a time on this node. A second round that finds it
 * still on its way (a connect and the client's #21 racing, or a send and a #21) leaves it to the first, and asks for
 * it to be pushed again if the first does not end with the message delivered or awaiting its ack: so an old
 * connection dying with the message in its queue cannot keep it from the new one.
 */
final class Delivery {
    private static final System.Logger LOG = System.getLogger(Delivery.class.getName());

    /**
     * A message's recall is a delivery of its own: the recall must not be taken for the original still on its way,
     * which would leave the recipient with the content and without the notice.
     */
    private record Key(UserId recipient, MessageId message, boolean recalled) {
    }

    private final PusherPort pusher;
    private final InboxPort inbox;
    private final Executor settleOn;
    private final OtherNodes otherNodes;
    /** Messages on their way, each with whether another round asked for it meanwhile. */
    private final ConcurrentMap<Key, AtomicBoolean> onTheirWay = new ConcurrentHashMap<>();

    /**
     * @param settleOn where the inbox entry is settled once the pusher reports: the pusher completes its stage on a
     *     connection's thread, which should not wait for the inbox's store
     * @param otherNodes where the connections are that are not here
     */
    Delivery(PusherPort pusher, InboxPort inbox, Executor settleOn, OtherNodes otherNodes) {
        this.pusher = pusher;
        this.inbox = inbox;
        this.settleOn = settleOn;
        this.otherNodes = otherNodes;
    }

    /**
     * Pushes the message to the recipient's connection, wherever it is; if there is none, the message waits in the
     * inbox. Returns at once.
     */
    void deliver(UserId recipient, Message message) {
        Optional<Push> here = deliverHere(recipient, message);
        if (here.isPresent() && !here.get().handedOver()) {
            otherNodes.forward(recipient, message);
        }
    }

    /** Passes the read receipt to the recipient's connection, wherever it is. Best effort. */
    void tellRead(UserId recipient, ReadReceipt receipt) {
        if (!pusher.pushReadReceipt(recipient, receipt)) {
            otherNodes.forwardReadReceipt(recipient, receipt);
        }
    }

    /**
     * Pushes the message to the recipient's connection on this node, unless it is on its way already.
     *
     * @return the push, empty when another round has it; its stage completes once the entry is settled
     */
    Optional<Push> deliverHere(UserId recipient, Message message) {
        Key key = new Key(recipient, message.id(), message.recalled());
        AtomicBoolean askedAgain = new AtomicBoolean();
        AtomicBoolean first = onTheirWay.putIfAbsent(key, askedAgain);
        if (first != null) {
            first.set(true);
            return Optional.empty();
        }
        CompletionStage<Outcome> pushed;
        try {
            pushed = pusher.push(recipient, message);
        } catch (RuntimeException broken) {
            LOG.log(System.Logger.Level.WARNING, "push of message " + message.id() + " to user " + recipient
                    + " failed; it stays in the inbox", broken);
            onTheirWay.remove(key);
            return Optional.of(new Push(false, CompletableFuture.completedFuture(Outcome.FAILED)));
        }
        boolean handedOver = !turnedDownAtOnce(pushed);
        CompletableFuture<Outcome> settled = pushed
                .handleAsync((outcome, failure) -> settle(key, message, outcome, failure), settleOn)
                .toCompletableFuture();
        // should the executor refuse the work, the message must not stay "on its way" for ever
        settled.whenComplete((outcome, failure) -> {
            if (failure != null) {
                onTheirWay.remove(key, askedAgain);
            }
        });
        return Optional.of(new Push(handedOver, settled));
    }

    /** The pusher said at once that the recipient has no connection here. */
    private static boolean turnedDownAtOnce(CompletionStage<Outcome> pushed) {
        try {
            CompletableFuture<Outcome> known = pushed.toCompletableFuture();
            return known.isDone() && !known.isCompletedExceptionally() && known.join() == Outcome.NOT_CONNECTED;
        } catch (UnsupportedOperationException opaque) {
            return false;
        }
    }

    private Outcome settle(Key key, Message message, Outcome reported, Throwable failure) {
        Outcome outcome = reported == null ? Outcome.FAILED : reported;
        if (failure != null) {
            LOG.log(System.Logger.Level.WARNING, "push of message " + key.message() + " to user " + key.recipient()
                    + " failed; it stays in the inbox", failure);
        }
        try {
            if (outcome == Outcome.WRITTEN) {
                inbox.remove(key.recipient(), List.of(key.message()));
            }
        } catch (RuntimeException storeTrouble) {
            // the client has it; the entry will bring it once more (clients de-duplicate by id)
            LOG.log(System.Logger.Level.WARNING, "could not clear the inbox entry of message " + key.message()
                    + " for user " + key.recipient() + "; it will be pushed again", storeTrouble);
        } finally {
            AtomicBoolean askedAgain = onTheirWay.remove(key);
            if (askedAgain != null && askedAgain.get() && outcome != Outcome.WRITTEN) {
                deliverHere(key.recipient(), message);
            }
        }
        return outcome;
    }

    /**
     * One push.
     *
     * @param handedOver whether the message went to a connection: every push but one the pusher turned down at
     *     once for want of a connection here (pushes still under way count: they were handed over)
     * @param settled completes with the pusher's outcome once the inbox entry was settled accordingly
     */
    record Push(boolean handedOver, CompletableFuture<Outcome> settled) {
    }
}
