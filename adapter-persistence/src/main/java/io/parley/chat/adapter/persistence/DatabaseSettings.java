package io.parley.chat.adapter.persistence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and how many connections Parley may hold to it.
 *
 * @param jdbcUrl {@code jdbc:h2:…}, {@code jdbc:postgresql://…}, {@code jdbc:mariadb://…} or {@code jdbc:mysql://…}
 * @param user may be null when the database needs none (embedded H2)
 * @param password may be null; never printed
 * @param maxPoolSize connections in the pool, at least 1
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL starts with jdbc: — got " + jdbcUrl);
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1: " + maxPoolSize);
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + maskedUrl() + ", user=" + user + ", password="
                + (password == null || password.isEmpty() ? "(none)" : "****") + ", maxPoolSize=" + maxPoolSize + "]";
    }

    /** The URL fit for a log: a password given as a URL parameter ({@code password=}, {@code PASSWORD=}) is hidden. */
    public String maskedUrl() {
        return PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1****");
    }
}
