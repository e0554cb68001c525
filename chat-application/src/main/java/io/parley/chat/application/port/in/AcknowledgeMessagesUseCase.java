package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.UserId;
import java.util.Collection;

/** The recipient's client has these messages ({@code {"type":"ack","ids":[…]}}): their inbox entries go. */
public interface AcknowledgeMessagesUseCase {
    /** Ids that are not message ids, or not in the recipient's inbox, are ignored. */
    void acknowledge(UserId recipient, Collection<String> messageIds);
}
