package io.parley.chat.adapter.persistence;

import io.parley.chat.application.contract.ExternalService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A schema of its own in database {@code test} of the local PostgreSQL, dropped afterwards. */
final class PostgresTestDatabase implements TestDatabase {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";

    private final String schema = "parley_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    public DatabaseSettings create() throws SQLException {
        ExternalService.require("PostgreSQL", "127.0.0.1", 5432);
        execute("CREATE SCHEMA " + schema);
        return new DatabaseSettings(SERVER + "?currentSchema=" + schema, USER, null, 5);
    }

    @Override
    public void drop() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Override
    public String quoted(String identifier) {
        return "\"" + identifier + "\"";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
