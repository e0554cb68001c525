package io.parley.chat.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown report of a run (BENCH.md 4.3): the machine, a summary of Parley next to the raw-Tyrus baseline as
 * ratios, then one table per workload. Ratios compare figures from the same run, same generator and same pinning.
 */
final class ReportWriter {
    static final double SLO_MS = 50;
    static final double TIGHT_SLO_MS = 10;

    private final SuiteOptions options;
    private final Machine machine;
    private final Results results;
    private final String started;
    private final double minutes;

    ReportWriter(SuiteOptions options, Machine machine, Results results, String started, double minutes) {
        this.options = options;
        this.machine = machine;
        this.results = results;
        this.started = started;
        this.minutes = minutes;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Parley benchmark — ").append(options.mode()).append(" mode, ").append(started).append("\n\n");
        md.append("Machine: ").append(machine.markdown()).append(".\n\n");
        md.append(String.format(Locale.ROOT, "Run: %.1f minutes. Payload %d characters; pairs i ↔ i + n/2; "
                        + "each step settles %ds, is measured for %ds; server JVMs `-XX:+UseG1GC -Xms%s -Xmx%s`; "
                        + "latency from the intended send time (open loop), HdrHistogram.%n%n", minutes,
                Payload.TEXT.length(), options.timing().settle().toSeconds(), options.timing().window().toSeconds(),
                options.serverHeap(), options.serverHeap()));
        summary(md);
        for (Map.Entry<String, List<StepResult>> ramp : ramps().entrySet()) {
            rampTable(md, ramp.getValue());
        }
        idleTable(md);
        stormTable(md);
        md.append("## Not measured\n\n");
        md.append("- W1b (relay without persistence): not available: Parley has no ephemeral relay yet.\n");
        md.append("- W2 (group fan-out): not available: groups not implemented.\n");
        md.append("- W5 (REST with wrk): not part of the suite.\n");
        md.append("- W6 (soak): needs 20–30 minutes on its own; not run by quick or full mode.\n\n");
        if (!results.notes().isEmpty()) {
            md.append("## Notes\n\n");
            for (String note : results.notes()) {
                md.append("- ").append(note).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Steps grouped by ramp (workload, target, database, connections), in the order they ran. */
    private Map<String, List<StepResult>> ramps() {
        Map<String, List<StepResult>> ramps = new LinkedHashMap<>();
        for (StepResult step : results.steps()) {
            ramps.computeIfAbsent(rampKey(step.workload(), step.target(), step.database(), step.connections()),
                    key -> new ArrayList<>()).add(step);
        }
        return ramps;
    }

    private static String rampKey(String workload, String target, String database, int connections) {
        return workload + "|" + target + "|" + database + "|" + connections;
    }

    private RampSummary raw(int connections) {
        List<StepResult> steps = ramps().get(rampKey("W0", "raw", "", connections));
        return steps == null ? null : RampSummary.of(steps);
    }

    private void summary(StringBuilder md) {
        md.append("## Summary: Parley next to raw Tyrus (same run)\n\n");
        md.append("Capacity = highest step with delivered ≥ 99.5 % of offered, no loss, no errors, generator below ")
                .append("85 % of its core, and p99 within the SLO (BENCH.md 4.3). ")
                .append("Cost = server-side CPU µs per delivered message at ").append(fmt(SuiteOptions.COST_RATE))
                .append(" msgs/s (JVM, plus PostgreSQL backends when PostgreSQL is used).\n\n");
        md.append("| workload | connections | figure | raw Tyrus | Parley | ratio |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<StepResult>> ramp : ramps().entrySet()) {
            StepResult first = ramp.getValue().get(0);
            if (first.target().equals("raw")) {
                continue;
            }
            RampSummary parley = RampSummary.of(ramp.getValue());
            RampSummary raw = raw(first.connections());
            String name = first.workload() + " " + databaseName(first.database());
            for (double slo : new double[] {SLO_MS, TIGHT_SLO_MS}) {
                int mine = parley.capacityAt(slo);
                int theirs = raw == null ? 0 : raw.capacityAt(slo);
                md.append("| ").append(name).append(" | ").append(fmt(first.connections()))
                        .append(" | capacity msgs/s at p99 ≤ ").append(fmt(slo)).append(" ms | ")
                        .append(capacity(theirs, raw)).append(" | ").append(capacity(mine, parley)).append(" | ")
                        .append(throughputRatio(mine, theirs, parley)).append(" |\n");
            }
            costRow(md, name, first.connections(), parley, raw);
        }
        for (StormResult parley : results.storms()) {
            if (parley.target().equals("raw")) {
                continue;
            }
            StormResult raw = results.storms().stream().filter(s -> s.target().equals("raw")).findFirst()
                    .orElse(null);
            md.append("| W4 ").append(databaseName(parley.database())).append(" | ").append(fmt(parley.attempted()))
                    .append(" | handshakes/s (p99 ms) | ")
                    .append(raw == null ? "—" : fmt(raw.handshakesPerSecond()) + " (" + ms(raw.p99Ms()) + ")")
                    .append(" | ").append(fmt(parley.handshakesPerSecond())).append(" (").append(ms(parley.p99Ms()))
                    .append(") | ").append(raw == null ? "—" : ratio(parley.handshakesPerSecond(),
                            raw.handshakesPerSecond())).append(" |\n");
        }
        for (IdleResult parley : results.idles()) {
            if (parley.target().equals("raw")) {
                continue;
            }
            // per connection, counts need not match; the same count is still preferred
            IdleResult raw = results.idles().stream().filter(i -> i.target().equals("raw"))
                    .min((a, b) -> Integer.compare(Math.abs(a.connections() - parley.connections()),
                            Math.abs(b.connections() - parley.connections()))).orElse(null);
            md.append("| W3 ").append(databaseName(parley.database())).append(" | ").append(fmt(parley.open()))
                    .append(" | live heap KiB per idle connection")
                    .append(raw != null && raw.connections() != parley.connections()
                            ? " (raw at " + fmt(raw.connections()) + ")" : "").append(" | ")
                    .append(raw == null ? "—" : one(raw.liveHeapPerConnectionKiB())).append(" | ")
                    .append(one(parley.liveHeapPerConnectionKiB())).append(" | ")
                    .append(raw == null ? "—" : ratio(parley.liveHeapPerConnectionKiB(),
                            raw.liveHeapPerConnectionKiB())).append(" |\n");
        }
        md.append('\n');
    }

    private void costRow(StringBuilder md, String name, int connections, RampSummary parley, RampSummary raw) {
        RampSummary.Row mine = parley.at(SuiteOptions.COST_RATE);
        String caveat = "";
        if (mine == null || !mine.median().clean()) {
            // Parley did not sustain the cost rate: compare at its highest clean rate below it instead
            mine = null;
            for (RampSummary.Row row : parley.rows()) {
                if (row.median().offered() <= SuiteOptions.COST_RATE && row.median().clean()) {
                    mine = row;
                }
            }
        }
        if (mine == null && !parley.rows().isEmpty()) {
            mine = parley.rows().get(0);
            caveat = ", Parley overloaded even there";
        }
        if (mine == null) {
            return;
        }
        int rate = mine.median().offered();
        RampSummary.Row theirs = raw == null ? null : raw.at(rate);
        if (theirs == null && raw != null && !raw.rows().isEmpty()) {
            // the raw ramp started higher: its lowest rate stands in (raw cost per message only falls with load)
            theirs = raw.rows().get(0);
            caveat = ", raw at " + fmt(theirs.median().offered()) + caveat;
        }
        md.append("| ").append(name).append(" | ").append(fmt(connections)).append(" | server CPU µs/msg at ")
                .append(fmt(rate)).append(" msgs/s").append(caveat).append(" | ")
                .append(theirs == null ? "—" : one(theirs.median().serverMicrosPerMessage())).append(" | ")
                .append(one(mine.median().serverMicrosPerMessage())).append(" | ")
                .append(theirs == null ? "—" : ratio(mine.median().serverMicrosPerMessage(),
                        theirs.median().serverMicrosPerMessage())).append(" |\n");
    }

    private void rampTable(StringBuilder md, List<StepResult> steps) {
        StepResult first = steps.get(0);
        RampSummary summary = RampSummary.of(steps);
        boolean parley = !first.target().equals("raw");
        RampSummary raw = parley ? raw(first.connections()) : null;
        md.append("## ").append(first.workload()).append(" — ").append(title(first)).append(", ")
                .append(fmt(first.connections())).append(" connections");
        int repeats = summary.rows().isEmpty() ? 0 : summary.rows().get(0).repeats();
        md.append(repeats > 1 ? " (median of " + repeats + " repeats, p99 range in brackets)" : "").append("\n\n");
        md.append("| offered msgs/s | delivered/s | p50 ms | p99 ms | p99.9 ms |");
        if (parley) {
            md.append(" ack p50 ms | ack p99 ms |");
        }
        md.append(" server CPU % | server µs CPU/msg |");
        if (parley) {
            md.append(" raw µs CPU/msg | cost ratio |");
        }
        md.append(" generator CPU % | gen GC max ms | RSS MiB | loss / errors | flags |\n|");
        int columns = parley ? 16 : 12;
        md.append("---|".repeat(columns)).append('\n');
        for (RampSummary.Row row : summary.rows()) {
            StepResult r = row.median();
            md.append("| ").append(fmt(r.offered())).append(" | ").append(fmt(r.deliveredPerSecond())).append(" | ")
                    .append(ms(r.p50Ms())).append(" | ").append(ms(r.p99Ms()));
            if (row.repeats() > 1) {
                md.append(" [").append(ms(row.p99Min())).append("–").append(ms(row.p99Max())).append("]");
            }
            md.append(" | ").append(ms(r.p999Ms())).append(" |");
            if (parley) {
                md.append(' ').append(r.ackP50Ms() == null ? "—" : ms(r.ackP50Ms())).append(" | ")
                        .append(r.ackP99Ms() == null ? "—" : ms(r.ackP99Ms())).append(" |");
            }
            md.append(' ').append(fmt(r.serverCpuPercent())).append(" | ").append(one(r.serverMicrosPerMessage()));
            if (r.helperMicrosPerMessage() > 0) {
                md.append(" (").append(one(r.jvmMicrosPerMessage())).append(" + db ")
                        .append(one(r.helperMicrosPerMessage())).append(")");
            }
            md.append(" |");
            if (parley) {
                RampSummary.Row same = raw == null ? null : raw.at(r.offered());
                md.append(' ').append(same == null ? "—" : one(same.median().serverMicrosPerMessage())).append(" | ")
                        .append(same == null ? "—" : ratio(r.serverMicrosPerMessage(),
                                same.median().serverMicrosPerMessage())).append(" |");
            }
            String flags = r.flags();
            if (row.ran() < row.repeats()) {
                flags = (flags + " ran in " + row.ran() + " of " + row.repeats()).trim();
            }
            md.append(' ').append(fmt(r.generatorCpuPercent())).append(" | ").append(r.generatorGcMaxPauseMs())
                    .append(" | ").append(fmt(r.serverRssMiB())).append(" | ").append(r.lost()).append(" / ")
                    .append(r.errors() + r.refused() + r.unexpectedCloses()).append(" | ").append(flags)
                    .append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nCapacity at p99 ≤ 50 ms: %s msgs/s; at p99 ≤ 10 ms: %s msgs/s.%n%n",
                capacity(summary.capacityAt(SLO_MS), summary), capacity(summary.capacityAt(TIGHT_SLO_MS), summary)));
    }

    private void idleTable(StringBuilder md) {
        if (results.idles().isEmpty()) {
            return;
        }
        md.append("## W3 — idle connections (application heartbeat every 25 s, ~1 KB handshake cookie)\n\n");
        md.append("| server | connections open | live heap before → after MiB | live heap KiB/conn | "
                + "RSS before → after MiB | RSS KiB/conn | conns per GiB live heap | idle server CPU % |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (IdleResult idle : results.idles()) {
            double perConn = idle.liveHeapPerConnectionKiB();
            md.append("| ").append(title(idle.target(), idle.database())).append(" | ").append(fmt(idle.open()))
                    .append(" / ").append(fmt(idle.connections())).append(" | ").append(one(idle.liveHeapBeforeMiB()))
                    .append(" → ").append(one(idle.liveHeapAfterMiB())).append(" | ").append(one(perConn))
                    .append(" | ").append(one(idle.rssBeforeMiB())).append(" → ").append(one(idle.rssAfterMiB()))
                    .append(" | ").append(one(idle.rssPerConnectionKiB())).append(" | ")
                    .append(perConn <= 0 ? "—" : fmt(1024 * 1024 / perConn)).append(" | ")
                    .append(one(idle.idleCpuPercent())).append(" |\n");
        }
        md.append('\n');
    }

    private void stormTable(StringBuilder md) {
        if (results.storms().isEmpty()) {
            return;
        }
        md.append("## W4 — connect storm (handshake until the server's greeting, incl. authentication)\n\n");
        md.append("| server | connections | connected | in flight | handshakes/s | p50 ms | p99 ms | max ms | "
                + "server CPU % | generator CPU % | flags |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (StormResult storm : results.storms()) {
            md.append("| ").append(title(storm.target(), storm.database())).append(" | ")
                    .append(fmt(storm.attempted())).append(" | ").append(fmt(storm.connected())).append(" | ")
                    .append(storm.inFlight()).append(" | ").append(fmt(storm.handshakesPerSecond())).append(" | ")
                    .append(ms(storm.p50Ms())).append(" | ").append(ms(storm.p99Ms())).append(" | ")
                    .append(ms(storm.maxMs())).append(" | ").append(fmt(storm.serverCpuPercent())).append(" | ")
                    .append(fmt(storm.generatorCpuPercent())).append(" | ")
                    .append(storm.generatorCpuPercent() > GeneratorGauge.BOUND_PERCENT ? "generator-bound" : "")
                    .append(storm.connected() < storm.attempted() ? " failed connects" : "").append(" |\n");
        }
        md.append('\n');
    }

    private static String title(StepResult step) {
        String how = switch (step.workload()) {
            case "W1" -> " over WebSocket";
            case "W1-HTTP" -> " over HTTP #20, delivered on WebSocket";
            default -> " one-to-one routing";
        };
        return title(step.target(), step.database()) + how;
    }

    private static String title(String target, String database) {
        return target.equals("raw") ? "raw Tyrus" : "Parley " + databaseName(database);
    }

    private static String databaseName(String database) {
        return switch (database) {
            case SuiteOptions.H2 -> "(H2, embedded default)";
            case SuiteOptions.POSTGRESQL -> "(PostgreSQL)";
            default -> "";
        };
    }

    /** Parley's capacity as a share of raw's; an upper bound when Parley passed no step at all. */
    private static String throughputRatio(int mine, int theirs, RampSummary parley) {
        if (theirs <= 0) {
            return "—";
        }
        if (mine > 0) {
            return String.format(Locale.ROOT, "%.1f %%", 100.0 * mine / theirs);
        }
        return parley.lowestRate() > 0
                ? String.format(Locale.ROOT, "< %.1f %%", 100.0 * parley.lowestRate() / theirs) : "—";
    }

    private static String capacity(int capacity, RampSummary ramp) {
        if (ramp == null) {
            return "—";
        }
        return capacity == 0 ? "< " + fmt(ramp.lowestRate()) : fmt(capacity);
    }

    private static String ratio(double mine, double theirs) {
        return theirs <= 0 ? "—" : String.format(Locale.ROOT, "%.2f×", mine / theirs);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String one(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    static String ms(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
