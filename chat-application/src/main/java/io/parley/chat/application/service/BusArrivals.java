package io.parley.chat.application.service;

import io.parley.chat.application.port.out.CloseConnectionsPort;
import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.application.port.out.PusherPort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * What other nodes send this one over the bus, for connections here. Pushed to this node's connections only, never
 * forwarded again: a user who left meanwhile finds it in the inbox. Never blocks the bus's thread.
 */
final class BusArrivals implements MessageBusPort.Subscriber {
    private static final System.Logger LOG = System.getLogger(BusArrivals.class.getName());

    private final Delivery delivery;
    private final PusherPort pusher;
    private final DeliverPendingService pending;
    private final Executor storeWork;
    private final CloseConnectionsPort connections;
    private final ConnectedHere connectedHere;

    /** @param storeWork where reading the inbox happens, off the bus's thread */
    BusArrivals(Delivery delivery, PusherPort pusher, DeliverPendingService pending, Executor storeWork,
            CloseConnectionsPort connections, ConnectedHere connectedHere) {
        this.delivery = delivery;
        this.pusher = pusher;
        this.pending = pending;
        this.storeWork = storeWork;
        this.connections = connections;
        this.connectedHere = connectedHere;
    }

    @Override
    public void message(UserId recipient, Message message) {
        delivery.deliverHere(recipient, message);
    }

    @Override
    public void readReceipt(UserId recipient, ReadReceipt receipt) {
        pusher.pushReadReceipt(recipient, receipt);
    }

    @Override
    public void pendingDeliveryRequested(UserId recipient) {
        try {
            storeWork.execute(() -> {
                try {
                    pending.deliverHere(recipient);
                } catch (RuntimeException failed) {
                    LOG.log(System.Logger.Level.WARNING, "pending messages of user " + recipient
                            + " were not pushed; they wait for the next connect or #21", failed);
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.log(System.Logger.Level.DEBUG, "not pushing pending messages of user " + recipient
                    + ": this node is stopping");
        }
    }

    @Override
    public void closeRequested(UserId user, String connection, DisconnectReason reason) {
        connections.close(user, connection, reason);
    }

    @Override
    public void closeAllRequested(UserId user, DisconnectReason reason) {
        connections.closeAll(user, reason);
    }

    /**
     * Publications for this node may have been lost while the bus was away (another node's messages for the users
     * here among them): each user connected here is pushed what waits in their inbox, as on a connect.
     */
    @Override
    public void resumed() {
        List<UserId> users = connectedHere.users();
        LOG.log(System.Logger.Level.INFO, "bus back: pushing what waits for the " + users.size()
                + " users connected here");
        users.forEach(this::pendingDeliveryRequested);
    }
}
