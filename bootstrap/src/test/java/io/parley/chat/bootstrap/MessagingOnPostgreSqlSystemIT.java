package io.parley.chat.bootstrap;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every one-to-one chat scenario of {@link MessagingSystemTest}, end to end on PostgreSQL, the production database:
 * the same server, its schema migrated from nothing at start.
 */
class MessagingOnPostgreSqlSystemIT extends MessagingSystemTest {
    private static PostgreSqlSchema schema;

    /** Hides the embedded start of the class above: JUnit runs this one instead. */
    @BeforeAll
    static void start() {
        schema = PostgreSqlSchema.create();
        server = TestServer.with(Map.of("PARLEY_DB_URL", schema.jdbcUrl(), "PARLEY_DB_USER", schema.user()));
        http = new HttpJson(server.httpBase());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (schema != null) {
            schema.close();
        }
    }
}
