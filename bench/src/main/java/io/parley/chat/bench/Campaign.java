package io.parley.chat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * The workloads against one server, in an order that reuses the connections: W4 opens them all as a connect storm,
 * W3 measures them idle, then W0 (raw) or W1 (Parley) ramps run at each connection count, largest first, and for
 * Parley W1 over HTTP at the smallest.
 */
final class Campaign {
    private static final int STORM_IN_FLIGHT = 100;
    private static final double QUIET_PERCENT = 15;
    private static final Duration QUIET_PATIENCE = Duration.ofSeconds(60);
    private static final Duration STORM_LIMIT = Duration.ofMinutes(5);
    private static final Duration HEARTBEAT = Duration.ofSeconds(25);
    private static final String PING = "{\"type\":\"ping\"}";
    private static final Duration RAW_START_LIMIT = Duration.ofSeconds(60);
    private static final Duration PARLEY_START_LIMIT = Duration.ofMinutes(3);
    private static final Pattern RAW_LISTENING = Pattern.compile("^LISTENING (\\d+)");
    private static final Pattern PARLEY_LISTENING = Pattern.compile("Parley listening on http://[^:]+:(\\d+)");

    private final SuiteOptions options;
    private final Pinning pinning;
    private final long ticksPerSecond;
    private final Tally tally;
    private final GeneratorGauge generator;
    private final InboundFrames inbound;
    private final HttpClient sockets;
    private final HttpClient requests;
    private final RampRunner ramps;
    private final Results results;

    Campaign(SuiteOptions options, Pinning pinning, Results results, HttpClient sockets, HttpClient requests) {
        this.options = options;
        this.pinning = pinning;
        this.results = results;
        this.sockets = sockets;
        this.requests = requests;
        this.ticksPerSecond = ServerGauge.clockTicksPerSecond();
        this.tally = new Tally();
        this.generator = new GeneratorGauge();
        StepBook steps = new StepBook();
        this.inbound = new InboundFrames(steps, tally);
        this.ramps = new RampRunner(steps, tally, generator, options.timing());
    }

    Tally tally() {
        return tally;
    }

    /** W4, W3 and W0 against the raw-Tyrus router. */
    void raw() {
        System.out.println("raw Tyrus router");
        List<String> command = new ArrayList<>(jvm());
        command.addAll(List.of("-cp", options.benchJar().toAbsolutePath().toString(), RawRouter.class.getName()));
        try (ServerProcess server = ServerProcess.start("raw-router", pinning.serverCommand(command),
                options.out().toAbsolutePath(), Map.of(), options.out().resolve("raw-router.log"), RAW_LISTENING,
                RAW_START_LIMIT);
             SocketGroup group = new SocketGroup(sockets, inbound)) {
            ServerGauge gauge = new ServerGauge(server.pid(), List::of, ticksPerSecond);
            int idleMost = options.rawIdle().stream().mapToInt(Integer::intValue).max().orElse(0);
            int most = Math.max(idleMost, options.loadConnections().get(0).connections());
            List<SocketGroup.Target> targets = new ArrayList<>();
            for (int i = 0; i < most; i++) {
                targets.add(new SocketGroup.Target(i + 1, URI.create("ws://127.0.0.1:" + server.port()
                        + RawRouter.PATH + "?user=" + (i + 1))));
            }
            measureConnections("raw", "", server, gauge, group, targets, options.rawStorm(), options.rawIdle());
            for (SuiteOptions.Load load : options.loadConnections()) {
                int n = prepare(group, load.connections());
                for (int repeat = 1; repeat <= load.repeats(); repeat++) {
                    System.out.println("W0 raw, " + n + " connections, repeat " + repeat);
                    RampRunner.Label label = new RampRunner.Label("W0", "raw", "", n, repeat);
                    ramps.run(label, options.rawLadder(), options.rawWarmUp(), SocketRoute.raw(group.sockets(), tally),
                            gauge).forEach(results::add);
                }
            }
        }
    }

    /** W4, W3, W1 and W1 over HTTP against the Parley server on {@code database}. */
    void parley(String database, String runTag) {
        System.out.println("Parley on " + database);
        Path dataDir = temporaryDirectory();
        PostgresDatabase postgres = database.equals(SuiteOptions.POSTGRESQL)
                ? PostgresDatabase.create("parley_bench_" + runTag) : null;
        try {
            Map<String, String> environment = new HashMap<>();
            environment.put("PARLEY_HOST", "127.0.0.1");
            environment.put("PARLEY_PORT", "0");
            environment.put("PARLEY_DATA_DIR", dataDir.toString());
            // the generator spreads its rate over every connection; the per-socket limit must not be what is measured
            environment.put("PARLEY_WS_MAX_FRAMES_PER_SECOND", "100000");
            if (postgres != null) {
                environment.put("PARLEY_DB_URL", postgres.jdbcUrl());
                environment.put("PARLEY_DB_USER", "postgres");
            }
            List<String> command = new ArrayList<>(jvm());
            command.addAll(List.of("-jar", options.serverJar().toAbsolutePath().toString()));
            try (ServerProcess server = ServerProcess.start("parley-" + database, pinning.serverCommand(command),
                    dataDir, environment, options.out().resolve("parley-" + database + ".log"), PARLEY_LISTENING,
                    PARLEY_START_LIMIT);
                 SocketGroup group = new SocketGroup(sockets, inbound)) {
                runParley(database, server, postgres, group);
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            deleteQuietly(dataDir);
        }
    }

    private void runParley(String database, ServerProcess server, PostgresDatabase postgres, SocketGroup group) {
        URI base = URI.create("http://127.0.0.1:" + server.port());
        int users = options.usersFor(database);
        // registration hashes a password per user; it is setup, not a measured workload, so it may use every core
        pinning.widen(server.pid());
        long started = System.nanoTime();
        List<ParleyAccounts.Account> accounts = new ParleyAccounts(requests, base).create(users);
        double seconds = (System.nanoTime() - started) / 1e9;
        pinning.narrow(server.pid());
        results.note(String.format("Parley (%s): registering %,d users took %.0f s (%.1f/s, server on all CPUs)",
                database, users, seconds, users / seconds));
        List<Long> helpers = postgres == null ? List.of() : postgres.backendPids();
        if (postgres != null) {
            helpers.forEach(pinning::narrow);
            results.note("Parley (postgresql): " + helpers.size() + " backend processes counted as server side"
                    + (pinning.active() ? " and pinned with the server" : ""));
        }
        Supplier<List<Long>> helperPids = () -> helpers;
        ServerGauge gauge = new ServerGauge(server.pid(), helperPids, ticksPerSecond);
        List<SocketGroup.Target> targets = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (ParleyAccounts.Account account : accounts) {
            targets.add(new SocketGroup.Target(account.id(), URI.create("ws://127.0.0.1:" + server.port() + "/ws?token="
                    + account.token())));
            tokens.add(account.token());
        }
        group.keepAlive(PING, HEARTBEAT);
        measureConnections("parley", database, server, gauge, group, targets, users, List.of(users));
        warmUp(database, server, gauge, group, base, tokens);
        int smallest = users;
        for (SuiteOptions.Load load : options.loadConnections()) {
            if (load.connections() > users) {
                results.note("W1 at " + load.connections() + " connections skipped on " + database + ": only "
                        + users + " users");
                continue;
            }
            int n = prepare(group, load.connections());
            smallest = n;
            for (int repeat = 1; repeat <= load.repeats(); repeat++) {
                awaitQuiet(gauge, database);
                System.out.println("W1 Parley/" + database + ", " + n + " connections, repeat " + repeat);
                RampRunner.Label label = new RampRunner.Label("W1", "parley", database, n, repeat);
                ramps.run(label, options.parleyLadder(), options.parleyWarmUp(),
                        SocketRoute.parley(group.sockets(), tally), gauge).forEach(results::add);
            }
        }
        int n = prepare(group, smallest);
        awaitQuiet(gauge, database);
        System.out.println("W1-HTTP Parley/" + database + ", " + n + " connections");
        RampRunner.Label label = new RampRunner.Label("W1-HTTP", "parley", database, n, 1);
        HttpSendRoute route = new HttpSendRoute(requests, base.resolve("/api/chat/socket/sendmessage"),
                group.sockets(), tokens.subList(0, n), tally);
        ramps.run(label, options.httpLadder(), options.httpWarmUp(), route, gauge).forEach(results::add);
        if (!server.isAlive()) {
            results.note("the Parley server (" + database + ") ended during the run; see its log");
        }
    }

    /**
     * Sends over both paths on every CPU until the JIT has compiled them: started on one core, Parley takes minutes
     * to reach its steady speed, which no ramp should measure.
     */
    private void warmUp(String database, ServerProcess server, ServerGauge gauge, SocketGroup group, URI base,
                        List<String> tokens) {
        long nanos = options.timing().serverWarmUp().toNanos();
        System.out.println("warming Parley/" + database + " up for " + options.timing().serverWarmUp().toSeconds()
                + " s on every CPU");
        pinning.widen(server.pid());
        int n = prepare(group, group.sockets().size());
        ramps.warmUpAdaptively(options.parleyWarmUp(), nanos * 2 / 3, SocketRoute.parley(group.sockets(), tally),
                gauge);
        ramps.warmUpAdaptively(options.httpWarmUp(), nanos / 3, new HttpSendRoute(requests,
                base.resolve("/api/chat/socket/sendmessage"), group.sockets(), tokens.subList(0, n), tally), gauge);
        pinning.narrow(server.pid());
        awaitQuiet(gauge, database);
    }

    /** W4 (the storm of the first {@code storm} targets), then W3 at each idle count. */
    private void measureConnections(String target, String database, ServerProcess server, ServerGauge gauge,
                                    SocketGroup group, List<SocketGroup.Target> targets, int storm,
                                    List<Integer> idleCounts) {
        double heapBefore = gauge.liveHeapKib().orElse(0) / 1024.0;
        double rssBefore = gauge.rssKib().orElse(0) / 1024.0;
        System.out.println("W4 " + target + " " + database + ": connecting " + storm);
        ServerGauge.CpuReading cpu = gauge.cpu();
        long generatorCpu = generator.cpuNanos();
        SocketGroup.Storm done = group.connect(targets.subList(0, Math.min(storm, targets.size())), STORM_IN_FLIGHT,
                STORM_LIMIT);
        ServerGauge.CpuReading used = gauge.cpu().minus(cpu);
        Histogram handshakes = done.handshakeMicros();
        results.add(new StormResult("W4", target, database, done.attempted(), done.connected(), STORM_IN_FLIGHT,
                done.seconds(), done.handshakesPerSecond(), handshakes.getValueAtPercentile(50) / 1000.0,
                handshakes.getValueAtPercentile(99) / 1000.0, handshakes.getMaxValue() / 1000.0,
                used.percentOfOneCpu(), 100.0 * (generator.cpuNanos() - generatorCpu) / used.nanos()));
        System.out.printf("  %,d of %,d connected, %.0f handshakes/s%n", done.connected(), done.attempted(),
                done.handshakesPerSecond());
        for (int count : idleCounts) {
            if (count > group.sockets().size()) {
                group.connect(targets.subList(group.sockets().size(), Math.min(count, targets.size())),
                        STORM_IN_FLIGHT, STORM_LIMIT);
            }
            System.out.println("W3 " + target + " " + database + ": " + count + " idle connections");
            SocketGroup.sleepQuietly(2_000);
            ServerGauge.CpuReading idleStart = gauge.cpu();
            SocketGroup.sleepQuietly(options.timing().idle().toMillis());
            ServerGauge.CpuReading idle = gauge.cpu().minus(idleStart);
            double heapAfter = gauge.liveHeapKib().orElse(0) / 1024.0;
            double rssAfter = gauge.rssKib().orElse(0) / 1024.0;
            results.add(new IdleResult("W3", target, database, count, group.openCount(), idle.nanos() / 1e9,
                    heapBefore, heapAfter, rssBefore, rssAfter, idle.percentOfOneCpu()));
        }
    }

    /**
     * Waits until the server has worked off what earlier ramps left behind (its CPU below {@link #QUIET_PERCENT} over
     * a second), so that one ramp's backlog does not land in the next one's first step.
     */
    private void awaitQuiet(ServerGauge gauge, String what) {
        long deadline = System.nanoTime() + QUIET_PATIENCE.toNanos();
        double busy = 100;
        while (System.nanoTime() < deadline) {
            ServerGauge.CpuReading before = gauge.cpu();
            SocketGroup.sleepQuietly(1_000);
            busy = gauge.cpu().minus(before).percentOfOneCpu();
            if (busy < QUIET_PERCENT) {
                return;
            }
        }
        results.note(String.format("the %s server was still busy (%.0f %% CPU) %d s after a ramp", what, busy,
                QUIET_PATIENCE.toSeconds()));
    }

    /** Keeps the first {@code connections} (an even number) open, reopening any that closed, and closes the rest. */
    private int prepare(SocketGroup group, int connections) {
        int n = Math.min(connections, group.sockets().size()) / 2 * 2;
        group.closeFrom(n);
        int reopened = group.reopenClosed(STORM_IN_FLIGHT, STORM_LIMIT);
        if (reopened > 0) {
            results.note("reopened " + reopened + " closed connections before the next ramp");
        }
        return n;
    }

    private List<String> jvm() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseG1GC",
                "-Xms" + options.serverHeap(), "-Xmx" + options.serverHeap());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("parley-bench-");
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException leftBehind) {
            System.out.println("  could not delete " + directory + ": " + leftBehind.getMessage());
        }
    }
}
