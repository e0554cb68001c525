package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.ExternalService;
import io.parley.chat.domain.user.User;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The user store on MariaDB, in a database of its own, dropped afterwards. */
class MariaDbUserStoreIT extends DatabaseUserStoreContract {
    private static final String SERVER = "//127.0.0.1:3306/";
    private static final String USER = "root";

    private final String database = "parley_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected DatabaseSettings createDatabase() throws SQLException {
        ExternalService.require("MariaDB", "127.0.0.1", 3306);
        execute("CREATE DATABASE " + database);
        return new DatabaseSettings("jdbc:mariadb:" + SERVER + database, USER, "", 5);
    }

    @Override
    protected void dropDatabase() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + database);
    }

    @Override
    protected String quoted(String identifier) {
        return "`" + identifier + "`";
    }

    @Test
    void aMysqlUrlReachesTheDatabaseThroughTheMariaDbDriver() {
        User user = register(freshName());
        DatabaseSettings mysqlUrl = new DatabaseSettings("jdbc:mysql:" + SERVER + database, USER, "", 1);
        try (HibernatePersistence viaMysqlUrl = HibernatePersistence.start(mysqlUrl)) {
            assertTrue(viaMysqlUrl.databaseProduct().startsWith("MariaDB"), viaMysqlUrl.databaseProduct());
            assertEquals(Optional.of(user), viaMysqlUrl.loadUsers().byId(user.id()));
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb:" + SERVER, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
