package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.port.out.ConversationPort.ConversationEntry;
import io.parley.chat.domain.user.UserId;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database from before read receipts (V2) keeps its conversations read: the upgrade lights up nothing. */
class ReadPointerMigrationTest {
    @TempDir
    Path dataDir;

    @Test
    void conversationsWrittenBeforeTheUpgradeCountAsRead() throws SQLException {
        DatabaseSettings settings = new DatabaseSettings(H2Files.url(dataDir), null, null, 2);
        Flyway.configure(getClass().getClassLoader())
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations(SqlVendor.H2.migrationLocation())
                .target("2")
                .load()
                .migrate();
        SqlProbe sql = new SqlProbe(settings);
        long a = user(sql);
        long b = user(sql);
        sql.update("INSERT INTO conversation (kind, user_low, user_high, last_seq) VALUES ('single', ?, ?, 2)", a, b);
        long conversation = sql.count("SELECT id FROM conversation WHERE user_low = ?", a);
        message(sql, conversation, 1, a, b);
        message(sql, conversation, 2, b, a);

        try (HibernatePersistence upgraded = HibernatePersistence.start(settings)) {
            List<ConversationEntry> ofA = upgraded.conversations().conversationsOf(new UserId(a));
            assertEquals(1, ofA.size());
            assertEquals(2, ofA.get(0).lastMessage().seq());
            assertEquals(0, ofA.get(0).unread());
            assertEquals(0, upgraded.conversations().conversationsOf(new UserId(b)).get(0).unread());
            assertEquals(Optional.of(2L), upgraded.conversations().markRead(new UserId(b), new UserId(a), 0));
        }
    }

    private static long user(SqlProbe sql) throws SQLException {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
        sql.update("INSERT INTO \"user\" (uuid, username, password, userset) VALUES (?, ?, 'h', '')",
                UUID.randomUUID().toString(), name);
        return sql.count("SELECT id FROM \"user\" WHERE username = ?", name);
    }

    private static void message(SqlProbe sql, long conversation, long seq, long from, long to) throws SQLException {
        sql.update("INSERT INTO message (id, conversation_id, seq, from_id, to_id, to_avatar, chat_type, type,"
                + " data_kind, data) VALUES (?, ?, ?, ?, ?, '', 'single', 'text', 'text', 'hi')",
                UUID.randomUUID().toString(), conversation, seq, from, to);
    }
}
