package io.parley.chat.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The HikariCP pool that Flyway and Hibernate share. */
final class ConnectionPool {
    static final String NAME = "parley-db";

    private ConnectionPool() {
    }

    /** Fails at once when the database cannot be reached, so that a wrong URL stops the server at start. */
    static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(NAME);
        config.setJdbcUrl(driverUrl(settings.jdbcUrl()));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        // as PostgreSQL and H2 do by default; InnoDB's own default (repeatable read) would let a transaction that
        // waited for a conversation's lock still read from its older snapshot, and adds gap locks that deadlock
        // parallel creators of one conversation
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return new HikariDataSource(config);
    }

    /**
     * Parley ships MariaDB's driver, which serves {@code jdbc:mysql:} URLs (also for MySQL servers) only when the URL
     * says {@code permitMysqlScheme}; when no other driver takes the URL, that flag is added.
     */
    static String driverUrl(String url) {
        if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme") || someDriverAccepts(url)) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
    }

    private static boolean someDriverAccepts(String url) {
        try {
            DriverManager.getDriver(url);
            return true;
        } catch (SQLException noDriver) {
            return false;
        }
    }
}
