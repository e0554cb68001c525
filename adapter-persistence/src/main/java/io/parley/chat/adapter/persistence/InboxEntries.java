package io.parley.chat.adapter.persistence;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.hibernate.Session;

/**
 * Inbox entries of one message for many recipients, written as multi-row inserts rather than one statement per
 * recipient: Hibernate cannot batch inserts into a table with an identity key (it needs each generated id back), and a
 * group of 500 would otherwise cost 500 round trips. Every database here takes the multi-row {@code VALUES} form.
 */
final class InboxEntries {
    /** Rows per statement: 1 500 bound parameters, well under every database's limit. */
    static final int ROWS_PER_STATEMENT = 500;
    private static final String INSERT = "INSERT INTO inbox_entry (recipient_id, message_id, create_time) VALUES ";
    private static final String ROW = "(?, ?, ?)";

    private InboxEntries() {
    }

    /**
     * Inserts the entries in the session's transaction, after flushing what the session holds (the message row the
     * entries refer to). The recipients must be distinct.
     */
    static void insertAll(Session session, String messageId, List<Long> recipients, Instant at) {
        if (recipients.isEmpty()) {
            return;
        }
        session.flush();
        // the columns hold UTC wall-clock time; a LocalDateTime is written as it is by every driver
        LocalDateTime createTime = LocalDateTime.ofInstant(UserMapper.stored(at), ZoneOffset.UTC);
        session.doWork(connection -> {
            for (int from = 0; from < recipients.size(); from += ROWS_PER_STATEMENT) {
                List<Long> chunk = recipients.subList(from, Math.min(recipients.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement insert = connection.prepareStatement(
                        INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW)))) {
                    int parameter = 1;
                    for (long recipient : chunk) {
                        insert.setLong(parameter++, recipient);
                        insert.setString(parameter++, messageId);
                        insert.setObject(parameter++, createTime);
                    }
                    insert.executeUpdate();
                }
            }
        });
    }
}
