package io.parley.chat.application.port.out;

import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Each recipient's undelivered messages, durable. An entry is created with its message (in the same transaction)
 * and removed only when the recipient's client has the message: acknowledged in ack mode, written to the socket in
 * legacy mode (API.md j.4). Nothing is removed that was not delivered.
 */
public interface InboxPort {
    /** Where a reading of the inbox starts: before every entry. */
    long FROM_THE_START = 0;

    /**
     * The recipient's undelivered messages whose entries come after {@code after}, oldest first, at most
     * {@code limit}. Entries pushed but not yet acknowledged are still here: a reader walks on with the position of
     * the last entry it got rather than reading from the start again. (An entry committed late may take a smaller
     * position than one already read; such a reader misses it, but it stays here, and its own send pushes it.)
     */
    List<Entry> undelivered(UserId recipient, long after, int limit);

    /** Removes these entries of this recipient (ids of other recipients' entries are ignored); returns how many. */
    int remove(UserId recipient, Collection<MessageId> messages);

    /**
     * One undelivered message.
     *
     * @param position the entry's place in its recipient's inbox, greater than that of every entry made before it
     */
    record Entry(long position, Message message) {
        public Entry {
            Objects.requireNonNull(message, "message");
        }
    }
}
