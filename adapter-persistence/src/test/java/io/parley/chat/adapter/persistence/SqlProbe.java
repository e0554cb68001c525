package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC beside the adapters, for tests that check or prepare what is in the tables. */
final class SqlProbe {
    private final DatabaseSettings settings;

    SqlProbe(DatabaseSettings settings) {
        this.settings = settings;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    <T> T queryOne(String sql, Class<T> type, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), "no row for " + sql);
            return rows.getObject(1, type);
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        return queryOne(sql, Long.class, parameters);
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
