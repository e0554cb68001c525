package io.parley.chat.adapter.persistence;

import java.util.Locale;

/**
 * The SQL families Parley's migrations are written for. Their DDL differs in quoting ({@code user} and {@code order}
 * are reserved words: MariaDB needs backticks, PostgreSQL double quotes), in identity columns and in the UTC clock,
 * so each family has its own migration folder.
 */
enum SqlVendor {
    H2("h2"),
    POSTGRESQL("postgresql"),
    /** MariaDB and MySQL share one dialect of DDL. */
    MYSQL("mysql");

    private final String folder;

    SqlVendor(String folder) {
        this.folder = folder;
    }

    /** The classpath folder of this family's migrations. */
    String migrationLocation() {
        return "classpath:db/migration/" + folder;
    }

    /** From {@code DatabaseMetaData.getDatabaseProductName()}. */
    static SqlVendor ofProduct(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MYSQL;
        }
        throw new IllegalStateException("Parley runs on H2, PostgreSQL, MariaDB and MySQL, not on " + productName);
    }
}
