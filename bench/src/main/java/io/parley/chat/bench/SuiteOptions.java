package io.parley.chat.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one invocation runs: the mode's sizes, rates and timings (BENCH.md 4.2), and where things are.
 *
 * @param parleyUsers per database: how many users to register (the connect storm opens them all, W3 measures them)
 * @param loadConnections the connection counts W0 and W1 run at, largest first, with their repeats
 */
record SuiteOptions(
        String mode,
        Path out,
        Path serverJar,
        Path benchJar,
        List<String> databases,
        int rawStorm,
        List<Integer> rawIdle,
        List<Load> loadConnections,
        int parleyUsers,
        int parleyUsersPostgres,
        List<Integer> rawLadder,
        int rawWarmUp,
        List<Integer> parleyLadder,
        int parleyWarmUp,
        List<Integer> httpLadder,
        int httpWarmUp,
        Timing timing,
        String serverHeap) {

    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";
    /** The offered rate of the cost ratio (BENCH.md 4.3): below everyone's knee. */
    static final int COST_RATE = 5_000;

    /** A connection count for the rate ramps and how many times to repeat them. */
    record Load(int connections, int repeats) {
    }

    /** How long each part of a ramp lasts. */
    /**
     * @param warmUp the discarded first step of every ramp
     * @param serverWarmUp Parley's extra warm-up before its first ramp, on every CPU: a JVM that starts on one core
     *     spends minutes compiling Hibernate, Jersey and the database driver, and a ramp must not measure that
     */
    record Timing(Duration settle, Duration window, Duration stepDrain, Duration finalDrain, Duration idle,
                  Duration warmUp, Duration serverWarmUp) {
        long settleNanos() {
            return settle.toNanos();
        }

        long windowNanos() {
            return window.toNanos();
        }

        long stepDrainNanos() {
            return stepDrain.toNanos();
        }

        long finalDrainNanos() {
            return finalDrain.toNanos();
        }
    }

    static final List<Integer> LADDER = List.of(100, 150, 220, 300, 440, 670, 1_000, 1_500, 2_200, 3_300, 5_000, 7_500, 11_000,
            17_000, 25_000, 38_000, 56_000);

    /**
     * {@code quick|full [--out DIR] [--server-jar JAR] [--bench-jar JAR] [--db h2,postgresql] [--connections N]
     * [--users N] [--warm-up SECONDS]}.
     */
    static SuiteOptions parse(String[] args) {
        if (args.length == 0 || !(args[0].equals("quick") || args[0].equals("full"))) {
            throw new IllegalArgumentException("usage: quick|full [--out DIR] [--server-jar JAR] [--bench-jar JAR]"
                    + " [--db h2,postgresql] [--connections N] [--users N] [--warm-up SECONDS]");
        }
        SuiteOptions options = args[0].equals("quick") ? quick() : full();
        for (int i = 1; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--out" -> options = options.with(Path.of(value), null, null, null);
                case "--server-jar" -> options = options.with(null, Path.of(value), null, null);
                case "--bench-jar" -> options = options.with(null, null, Path.of(value), null);
                case "--db" -> options = options.with(null, null, null, Arrays.asList(value.split(",")));
                case "--connections" -> options = options.withConnections(Integer.parseInt(value));
                case "--users" -> options = options.withUsers(Integer.parseInt(value));
                case "--warm-up" -> options = options.withServerWarmUp(Duration.ofSeconds(Long.parseLong(value)));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return options;
    }

    /**
     * Under 5 minutes on a 2-core box: one repeat, one database, 400 Parley users. Every Parley user costs a
     * registration, whose password hash takes about 0.2 s of CPU that no setting lowers: 1,000 users alone would
     * take most of the five minutes ({@code --users 1000 --connections 1000} does it in about eight).
     */
    static SuiteOptions quick() {
        return new SuiteOptions("quick", Path.of("bench/results/latest"), Path.of("bootstrap/target/parley-server.jar"),
                Path.of("bench/target/benchmarks.jar"), List.of(POSTGRESQL), 1_000, List.of(1_000),
                List.of(new Load(400, 1)), 400, 400,
                from(300, 38_000), 2_000, from(150, 17_000), 100, from(100, 5_000), 100,
                new Timing(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(10),
                        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60)),
                "1g");
    }

    /**
     * About 30 minutes: raw Tyrus at 5,000 connections once and 1,000 three times (W3 at 5,000 and 10,000), Parley on
     * H2 and on PostgreSQL with 1,000 users each, its 1,000-connection ramps three times. Registering the 2,000 users
     * takes 5 to 15 minutes of it; Parley's W3 at 5,000 and 10,000 would need 15 and 30 minutes more.
     */
    static SuiteOptions full() {
        return new SuiteOptions("full", Path.of("bench/results/latest"), Path.of("bootstrap/target/parley-server.jar"),
                Path.of("bench/target/benchmarks.jar"), List.of(H2, POSTGRESQL), 5_000, List.of(5_000, 10_000),
                List.of(new Load(5_000, 1), new Load(1_000, 3)), 1_000, 1_000,
                from(300, 56_000), 2_000, from(100, 17_000), 100, from(100, 5_000), 100,
                new Timing(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(20),
                        Duration.ofSeconds(35), Duration.ofSeconds(10), Duration.ofSeconds(120)),
                "1g");
    }

    private static List<Integer> from(int lowest, int highest) {
        List<Integer> rates = new ArrayList<>();
        for (int rate : LADDER) {
            if (rate >= lowest && rate <= highest) {
                rates.add(rate);
            }
        }
        return List.copyOf(rates);
    }

    /** Users to register on a Parley server with that database. */
    int usersFor(String database) {
        return database.equals(POSTGRESQL) && databases.contains(H2) ? parleyUsersPostgres : parleyUsers;
    }

    private SuiteOptions with(Path newOut, Path newServerJar, Path newBenchJar, List<String> newDatabases) {
        return new SuiteOptions(mode, newOut == null ? out : newOut, newServerJar == null ? serverJar : newServerJar,
                newBenchJar == null ? benchJar : newBenchJar, newDatabases == null ? databases : newDatabases,
                rawStorm, rawIdle, loadConnections, parleyUsers, parleyUsersPostgres, rawLadder, rawWarmUp,
                parleyLadder, parleyWarmUp, httpLadder, httpWarmUp, timing, serverHeap);
    }

    SuiteOptions withDatabases(List<String> measured) {
        return with(null, null, null, List.copyOf(measured));
    }

    /** One load connection count instead of the mode's (at least as many users as connections). */
    private SuiteOptions withConnections(int connections) {
        List<Load> load = List.of(new Load(connections, loadConnections.get(loadConnections.size() - 1).repeats()));
        return new SuiteOptions(mode, out, serverJar, benchJar, databases, Math.max(rawStorm, connections), rawIdle,
                load, Math.max(parleyUsers, connections), Math.max(parleyUsersPostgres, connections), rawLadder,
                rawWarmUp, parleyLadder, parleyWarmUp, httpLadder, httpWarmUp, timing, serverHeap);
    }

    private SuiteOptions withServerWarmUp(Duration warmUp) {
        Timing longer = new Timing(timing.settle(), timing.window(), timing.stepDrain(), timing.finalDrain(),
                timing.idle(), timing.warmUp(), warmUp);
        return new SuiteOptions(mode, out, serverJar, benchJar, databases, rawStorm, rawIdle, loadConnections,
                parleyUsers, parleyUsersPostgres, rawLadder, rawWarmUp, parleyLadder, parleyWarmUp, httpLadder,
                httpWarmUp, longer, serverHeap);
    }

    private SuiteOptions withUsers(int users) {
        return new SuiteOptions(mode, out, serverJar, benchJar, databases, rawStorm, rawIdle, loadConnections,
                users, Math.min(users, parleyUsersPostgres), rawLadder, rawWarmUp, parleyLadder, parleyWarmUp,
                httpLadder, httpWarmUp, timing, serverHeap);
    }
}
