package io.parley.chat.adapter.persistence;

import io.parley.chat.application.contract.ExternalService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The user store on PostgreSQL, in a schema of its own in database {@code test}, dropped afterwards. */
class PostgresUserStoreIT extends DatabaseUserStoreContract {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";

    private final String schema = "parley_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected DatabaseSettings createDatabase() throws SQLException {
        ExternalService.require("PostgreSQL", "127.0.0.1", 5432);
        execute("CREATE SCHEMA " + schema);
        return new DatabaseSettings(SERVER + "?currentSchema=" + schema, USER, null, 5);
    }

    @Override
    protected void dropDatabase() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Override
    protected String quoted(String identifier) {
        return "\"" + identifier + "\"";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
