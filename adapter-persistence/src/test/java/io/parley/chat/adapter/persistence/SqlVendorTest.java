package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqlVendorTest {
    @Test
    void productNamesAsTheDriversReportThem() {
        assertEquals(SqlVendor.H2, SqlVendor.ofProduct("H2"));
        assertEquals(SqlVendor.POSTGRESQL, SqlVendor.ofProduct("PostgreSQL"));
        assertEquals(SqlVendor.MYSQL, SqlVendor.ofProduct("MariaDB"));
        assertEquals(SqlVendor.MYSQL, SqlVendor.ofProduct("MySQL"));
    }

    @Test
    void everyVendorHasItsMigrations() {
        for (SqlVendor vendor : SqlVendor.values()) {
            String folder = vendor.migrationLocation().substring("classpath:".length());
            assertTrue(getClass().getClassLoader().getResource(folder + "/V1__user_and_user_info.sql") != null,
                    folder);
        }
    }

    @Test
    void otherDatabasesAreRefusedByName() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SqlVendor.ofProduct("Microsoft SQL Server"));
        assertTrue(refused.getMessage().contains("Microsoft SQL Server"));
    }
}
