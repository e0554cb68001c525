package io.parley.chat.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench/run.sh quick|full}: the benchmark suite of BENCH.md in one process that is also the load generator
 * (run it pinned to its own CPU). It measures the raw-Tyrus router first, then Parley on each database with the
 * same generator, and writes {@code report.md} and {@code results.jsonl} into the output directory.
 */
public final class BenchSuite {
    private BenchSuite() {
    }

    public static void main(String[] args) throws IOException {
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        for (Path jar : List.of(options.serverJar(), options.benchJar())) {
            if (!Files.isRegularFile(jar)) {
                System.err.println(jar + " is missing; build first: mvn -B -ntp -DskipTests package");
                System.exit(2);
                return;
            }
        }
        Files.createDirectories(options.out());
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        long started = System.nanoTime();
        Pinning pinning = Pinning.detect();
        Machine machine = Machine.describe(pinning);
        System.out.println("Parley benchmark, " + options.mode() + " mode → " + options.out());
        System.out.println(machine.markdown());

        List<String> databases = new ArrayList<>(options.databases());
        try (Results results = new Results(options.out().resolve("results.jsonl"))) {
            if (databases.contains(SuiteOptions.POSTGRESQL) && !PostgresDatabase.available()) {
                databases.remove(SuiteOptions.POSTGRESQL);
                results.note("PostgreSQL is not reachable with psql at 127.0.0.1:5432 as postgres: not measured");
            }
            ExecutorService callbacks = Executors.newFixedThreadPool(4, daemons("generator-io"));
            HttpClient sockets = HttpClient.newBuilder().executor(callbacks).connectTimeout(Duration.ofSeconds(30))
                    .build();
            HttpClient requests = HttpClient.newBuilder().executor(callbacks).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            Campaign campaign = new Campaign(options, pinning, results, sockets, requests);
            campaign.raw();
            String runTag = now.format(DateTimeFormatter.ofPattern("yyyyMMdd'_'HHmmss"));
            for (String database : databases) {
                campaign.parley(database, runTag);
            }
            for (String sample : campaign.tally().samples()) {
                results.note("sample of what went wrong: " + sample);
            }
            double minutes = (System.nanoTime() - started) / 60e9;
            String report = new ReportWriter(options.withDatabases(databases), machine, results,
                    now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")), minutes).markdown();
            Files.writeString(options.out().resolve("report.md"), report, StandardCharsets.UTF_8);
            System.out.printf("done in %.1f minutes: %s%n", minutes, options.out().resolve("report.md"));
            callbacks.shutdownNow();
        }
        // the JDK's HTTP client keeps its selector thread alive; nothing else is left to do
        System.exit(0);
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
