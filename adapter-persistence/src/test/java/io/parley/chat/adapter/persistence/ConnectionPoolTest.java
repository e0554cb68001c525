package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnectionPoolTest {
    @Test
    void aMysqlUrlIsOpenedToTheMariaDbDriver() {
        assertEquals("jdbc:mysql://db:3306/parley?permitMysqlScheme",
                ConnectionPool.driverUrl("jdbc:mysql://db:3306/parley"));
        assertEquals("jdbc:mysql://db/parley?useSSL=true&permitMysqlScheme",
                ConnectionPool.driverUrl("jdbc:mysql://db/parley?useSSL=true"));
        assertEquals("jdbc:mysql://db/parley?permitMysqlScheme",
                ConnectionPool.driverUrl("jdbc:mysql://db/parley?permitMysqlScheme"));
    }

    @Test
    void otherUrlsAreLeftAlone() {
        assertEquals("jdbc:mariadb://db/parley", ConnectionPool.driverUrl("jdbc:mariadb://db/parley"));
        assertEquals("jdbc:postgresql://db/parley", ConnectionPool.driverUrl("jdbc:postgresql://db/parley"));
        assertEquals("jdbc:h2:file:/data/parley", ConnectionPool.driverUrl("jdbc:h2:file:/data/parley"));
    }
}
