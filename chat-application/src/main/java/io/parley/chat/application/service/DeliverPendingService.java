package io.parley.chat.application.service;

import io.parley.chat.application.port.in.DeliverPendingUseCase;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.user.UserId;
import java.util.Optional;

/**
 * On every connect and on #21: pushes the user's undelivered messages, oldest first. Nothing leaves the inbox here;
 * only a connection's answer does (G-H1).
 */
final class DeliverPendingService implements DeliverPendingUseCase {
    /** One round's worth; what is left comes with the next round (the next connect or #21). */
    static final int BATCH = 1000;

    private final InboxPort inbox;
    private final Delivery delivery;

    DeliverPendingService(InboxPort inbox, Delivery delivery) {
        this.inbox = inbox;
        this.delivery = delivery;
    }

    @Override
    public int deliverPending(UserId recipient) {
        int handedOver = 0;
        for (Message message : inbox.undelivered(recipient, BATCH)) {
            Optional<Delivery.Push> push = delivery.deliver(recipient, message);
            if (push.isEmpty()) {
                continue; // on its way already, in another round
            }
            if (!push.get().handedOver()) {
                // nobody to push to: the rest would only be turned down too, and arrive out of order should the
                // user connect in the middle of this round (their connect brings them all, in order)
                break;
            }
            handedOver++;
        }
        return handedOver;
    }
}
