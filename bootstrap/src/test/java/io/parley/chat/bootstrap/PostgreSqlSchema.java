package io.parley.chat.bootstrap;

import io.parley.chat.application.contract.ExternalService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema of its own in the local PostgreSQL for one test class, so that runs never see each other's rows; dropped
 * at the end. The server reaches it through {@link #jdbcUrl()}.
 */
final class PostgreSqlSchema implements AutoCloseable {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String name = "parley_system_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private PostgreSqlSchema() {
    }

    /** Skips the calling test class, with the reason, when PostgreSQL is not running (fails it in CI). */
    static PostgreSqlSchema create() {
        ExternalService.require("PostgreSQL", "127.0.0.1", 5432);
        PostgreSqlSchema schema = new PostgreSqlSchema();
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    String jdbcUrl() {
        return POSTGRES + "?currentSchema=" + name;
    }

    String user() {
        return "postgres";
    }

    @Override
    public void close() {
        if (ExternalService.reachable("127.0.0.1", 5432)) {
            execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, failed);
        }
    }
}
