package io.parley.chat.application.port.out;

import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.util.Collection;
import java.util.List;

/**
 * Each recipient's undelivered messages, durable. An entry is created with its message (in the same transaction)
 * and removed only when the recipient's client has the message: acknowledged in ack mode, written to the socket in
 * legacy mode (API.md j.4). Nothing is removed that was not delivered.
 */
public interface InboxPort {
    /** The recipient's undelivered messages, oldest first, at most {@code limit}. */
    List<Message> undelivered(UserId recipient, int limit);

    /** Removes these entries of this recipient (ids of other recipients' entries are ignored); returns how many. */
    int remove(UserId recipient, Collection<MessageId> messages);
}
