package io.parley.chat.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh PostgreSQL database for one run (local server, trust authentication, user postgres), made and dropped
 * with psql; and the backend processes that serve it, whose CPU belongs to the server side of the benchmark.
 */
final class PostgresDatabase implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    private static final Duration PSQL_LIMIT = Duration.ofSeconds(60);

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    /** Whether psql can reach the local server. */
    static boolean available() {
        if (!Commands.exists("psql")) {
            return false;
        }
        try {
            psql("postgres", "select 1");
            return true;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    static PostgresDatabase create(String name) {
        psql("postgres", "create database " + name);
        return new PostgresDatabase(name);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    String name() {
        return name;
    }

    /** The pids of the backends connected to this database right now. */
    List<Long> backendPids() {
        List<Long> pids = new ArrayList<>();
        String output = psql("postgres", "select pid from pg_stat_activity where datname = '" + name + "'");
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                pids.add(Long.parseLong(line.strip()));
            }
        }
        return pids;
    }

    @Override
    public void close() {
        try {
            psql("postgres", "drop database if exists " + name + " with (force)");
        } catch (RuntimeException stillInUse) {
            System.out.println("  could not drop database " + name + ": " + stillInUse.getMessage());
        }
    }

    private static String psql(String database, String sql) {
        return Commands.run(PSQL_LIMIT, List.of("psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                "-U", "postgres", "-h", HOST, "-p", Integer.toString(PORT), "-d", database, "-c", sql));
    }
}
