package io.parley.chat.adapter.persistence;

import io.parley.chat.application.contract.ExternalService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A database of its own on the local MariaDB, dropped afterwards. */
final class MariaDbTestDatabase implements TestDatabase {
    static final String SERVER = "//127.0.0.1:3306/";
    static final String USER = "root";

    private final String database = "parley_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    String name() {
        return database;
    }

    @Override
    public DatabaseSettings create() throws SQLException {
        ExternalService.require("MariaDB", "127.0.0.1", 3306);
        execute("CREATE DATABASE " + database);
        return new DatabaseSettings("jdbc:mariadb:" + SERVER + database, USER, "", 5);
    }

    @Override
    public void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + database);
    }

    @Override
    public String quoted(String identifier) {
        return "`" + identifier + "`";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb:" + SERVER, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
