package io.parley.chat.application.service;

import io.parley.chat.application.port.in.DeliverPendingUseCase;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.application.port.out.PusherPort.Outcome;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * On every connect and on #21: pushes the user's undelivered messages, oldest first, a window at a time. The next
 * window goes once the connection has taken the last one, so that a large inbox never floods a slow connection
 * past its bound (which would close it, and the next connect would flood it again). Nothing leaves the inbox here;
 * only a connection's answer does (G-H1).
 *
 * <p>On #21 from a node that does not hold the user's connection, the node that does is asked to do it.
 */
final class DeliverPendingService implements DeliverPendingUseCase {
    private static final System.Logger LOG = System.getLogger(DeliverPendingService.class.getName());

    /** Pushes in flight at once: well under a connection's bound of unwritten frames. */
    static final int WINDOW = 200;

    private final InboxPort inbox;
    private final Delivery delivery;
    private final OtherNodes otherNodes;
    private final Executor nextWindowOn;

    /** @param nextWindowOn where a window that follows is read and pushed: off the connection's threads */
    DeliverPendingService(InboxPort inbox, Delivery delivery, OtherNodes otherNodes, Executor nextWindowOn) {
        this.inbox = inbox;
        this.delivery = delivery;
        this.otherNodes = otherNodes;
        this.nextWindowOn = nextWindowOn;
    }

    @Override
    public int deliverPending(UserId recipient) {
        Window first = push(recipient, InboxPort.FROM_THE_START);
        if (first.turnedDown()) {
            otherNodes.requestPendingDelivery(recipient);
        }
        return first.handedOver();
    }

    /** Pushes to the recipient's connection on this node only; returns how many the first window handed over. */
    int deliverHere(UserId recipient) {
        return push(recipient, InboxPort.FROM_THE_START).handedOver();
    }

    private Window push(UserId recipient, long after) {
        List<InboxPort.Entry> entries = inbox.undelivered(recipient, after, WINDOW);
        List<CompletableFuture<Outcome>> settled = new ArrayList<>(entries.size());
        for (InboxPort.Entry entry : entries) {
            Optional<Delivery.Push> push = delivery.deliverHere(recipient, entry.message());
            if (push.isEmpty()) {
                continue; // on its way already, in another round
            }
            if (!push.get().handedOver()) {
                // nobody to push to here: the rest would only be turned down too, and arrive out of order should the
                // user connect in the middle of this round (their connect brings them all, in order)
                return new Window(settled.size(), true);
            }
            settled.add(push.get().settled());
        }
        if (entries.size() == WINDOW) {
            long last = entries.get(entries.size() - 1).position();
            CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new))
                    .thenRunAsync(() -> pushNextIfTaken(recipient, last, settled), nextWindowOn)
                    .exceptionally(failure -> {
                        // they stay in the inbox for the next connect or #21
                        LOG.log(System.Logger.Level.WARNING, "pending messages of user " + recipient
                                + " after entry " + last + " were not pushed", failure);
                        return null;
                    });
        }
        return new Window(settled.size(), false);
    }

    private void pushNextIfTaken(UserId recipient, long after, List<CompletableFuture<Outcome>> settled) {
        boolean taken = settled.stream().map(CompletableFuture::join)
                .allMatch(outcome -> outcome == Outcome.WRITTEN || outcome == Outcome.AWAITING_ACK);
        if (taken) {
            push(recipient, after);
        }
        // otherwise the connection is gone or broken: the rest waits for the next connect
    }

    /**
     * One window's pushes.
     *
     * @param handedOver how many went to the connection
     * @param turnedDown whether the recipient turned out to have no connection here
     */
    private record Window(int handedOver, boolean turnedDown) {
    }
}
