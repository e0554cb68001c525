package io.parley.chat.application.service;

import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.session.DisconnectReason;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The nodes other than this one, as delivery and session control see them: presence says which holds a user's
 * connection, the bus carries work there. Asked for delivery only when this node has no connection for the user.
 * Trouble with presence or the bus never reaches the caller: what was to be forwarded waits in the inbox for the
 * next connect or #21.
 */
final class OtherNodes {
    private static final System.Logger LOG = System.getLogger(OtherNodes.class.getName());

    private final String self;
    private final PresencePort presence;
    private final MessageBusPort bus;

    OtherNodes(String self, PresencePort presence, MessageBusPort bus) {
        this.self = self;
        this.presence = presence;
        this.bus = bus;
    }

    /** @return whether another node holds the recipient's connection and the message went there */
    boolean forward(UserId recipient, Message message) {
        return toNodeOf(recipient, node -> bus.publish(node, recipient, message));
    }

    /** @return whether another node holds the recipient's connection and the receipt went there */
    boolean forwardReadReceipt(UserId recipient, ReadReceipt receipt) {
        return toNodeOf(recipient, node -> bus.publishReadReceipt(node, recipient, receipt));
    }

    /** @return whether another node holds the recipient's connection and was asked to push what waits for them */
    boolean requestPendingDelivery(UserId recipient) {
        return toNodeOf(recipient, node -> bus.requestPendingDelivery(node, recipient));
    }

    /** @return whether another node holds the user's connection and was asked to close it */
    boolean closeAll(UserId user, DisconnectReason reason) {
        return toNodeOf(user, node -> bus.requestCloseAll(node, user, reason));
    }

    /**
     * Asks the node of a connection that another one replaced to close it; nothing when it is on this node, whose
     * registry replaced it already.
     *
     * @return whether a request went to another node
     */
    boolean closeReplaced(UserId user, PresencePort.Location replaced) {
        if (replaced.node().equals(self)) {
            return false;
        }
        try {
            bus.requestClose(replaced.node(), user, replaced.connection(), DisconnectReason.REPLACED);
            return true;
        } catch (RuntimeException busDown) {
            LOG.log(System.Logger.Level.WARNING, "could not ask node " + replaced.node() + " to close the replaced"
                    + " connection " + replaced.connection() + " of user " + user, busDown);
            return false;
        }
    }

    private boolean toNodeOf(UserId user, Consumer<String> publication) {
        Optional<String> node = nodeOf(user);
        if (node.isEmpty()) {
            return false;
        }
        try {
            publication.accept(node.get());
            return true;
        } catch (RuntimeException busDown) {
            LOG.log(System.Logger.Level.WARNING, "could not reach node " + node.get() + " for user " + user
                    + "; what is for them waits in the inbox", busDown);
            return false;
        }
    }

    /** The other node that holds the user's connection, if presence knows one. */
    private Optional<String> nodeOf(UserId user) {
        try {
            return presence.whereIs(user).map(PresencePort.Location::node).filter(node -> !node.equals(self));
        } catch (RuntimeException unknown) {
            LOG.log(System.Logger.Level.WARNING, "presence of user " + user + " unknown; what is for them waits"
                    + " in the inbox", unknown);
            return Optional.empty();
        }
    }
}
