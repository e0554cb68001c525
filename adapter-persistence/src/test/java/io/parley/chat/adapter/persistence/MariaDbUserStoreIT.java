package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The user store on MariaDB, in a database of its own, dropped afterwards. */
class MariaDbUserStoreIT extends DatabaseUserStoreContract {
    private final MariaDbTestDatabase database = new MariaDbTestDatabase();

    @Override
    protected DatabaseSettings createDatabase() throws Exception {
        return database.create();
    }

    @Override
    protected void dropDatabase() throws Exception {
        database.drop();
    }

    @Override
    protected String quoted(String identifier) {
        return database.quoted(identifier);
    }

    @Test
    void aMysqlUrlReachesTheDatabaseThroughTheMariaDbDriver() {
        User user = register(freshName());
        DatabaseSettings mysqlUrl = new DatabaseSettings("jdbc:mysql:" + MariaDbTestDatabase.SERVER + database.name(),
                MariaDbTestDatabase.USER, "", 1);
        try (HibernatePersistence viaMysqlUrl = HibernatePersistence.start(mysqlUrl)) {
            assertTrue(viaMysqlUrl.databaseProduct().startsWith("MariaDB"), viaMysqlUrl.databaseProduct());
            assertEquals(Optional.of(user), viaMysqlUrl.loadUsers().byId(user.id()));
        }
    }
}
