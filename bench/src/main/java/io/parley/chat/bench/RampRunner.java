package io.parley.chat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Runs a rate ramp on open connections (BENCH.md 4.1): a discarded warm-up step, then each rate of the ladder for a
 * settling time and a measured window, with a short drain after each step and a longer one at the end. The ramp
 * stops early once a step has clearly collapsed, since every higher rate would only pile work onto a server that is
 * already behind.
 */
final class RampRunner {
    /** A step whose p99 is above this, or which delivers less than {@link #COLLAPSE_SHARE}, ends the ramp. */
    static final double COLLAPSE_P99_MS = 2_000;
    static final double COLLAPSE_SHARE = 0.8;

    private final StepBook steps;
    private final Tally tally;
    private final GeneratorGauge generator;
    private final OpenLoopSender sender = new OpenLoopSender();
    private final SuiteOptions.Timing timing;

    RampRunner(StepBook steps, Tally tally, GeneratorGauge generator, SuiteOptions.Timing timing) {
        this.steps = steps;
        this.tally = tally;
        this.generator = generator;
        this.timing = timing;
    }

    /** What the results of this ramp are labelled with. */
    record Label(String workload, String target, String database, int connections, int repeat) {
    }

    /** A step whose window has been measured, waiting for the final drain before its losses are known. */
    private record Measured(RateStep step, double windowSeconds, long arrivals, ServerGauge.CpuReading cpu,
                            long generatorCpuNanos, long gcPauseMillis, long lagNanos, double rssMiB, long errors,
                            long closes, Histogram endToEnd, Histogram acknowledgement) {
    }

    List<StepResult> run(Label label, List<Integer> ladder, int warmUpRate, MessageRoute route, ServerGauge server) {
        List<Measured> measured = new ArrayList<>();
        warmUp(warmUpRate, timing.warmUp().toNanos(), route, server);
        for (int rate : ladder) {
            Measured done = step(rate, timing.settleNanos(), timing.windowNanos(), route, server);
            measured.add(done);
            StepResult early = result(label, done, false);
            System.out.println("  " + line(early));
            if (early.p99Ms() > COLLAPSE_P99_MS || early.deliveredPerSecond() < COLLAPSE_SHARE * rate
                    || early.unexpectedCloses() > 0) {
                System.out.println("  the server is behind at " + rate + " msgs/s; higher rates are not run");
                break;
            }
        }
        drain(measured, timing.finalDrainNanos());
        List<StepResult> results = new ArrayList<>();
        for (Measured done : measured) {
            results.add(result(label, done, true));
        }
        return results;
    }

    /** Sends at {@code rate} for {@code nanos} and forgets the figures: JIT compilation, caches, pools. */
    void warmUp(int rate, long nanos, MessageRoute route, ServerGauge server) {
        Measured done = step(rate, nanos / 2, nanos - nanos / 2, route, server);
        drainSteps(List.of(done.step()), timing.finalDrainNanos());
    }

    /**
     * Warms up for {@code nanos} in short steps, raising the rate while the server keeps up and lowering it when it
     * does not: the JIT compiles what runs often, so the more messages the server handles the sooner it is warm,
     * yet a backlog left behind would spoil the first measured step.
     */
    void warmUpAdaptively(int firstRate, long nanos, MessageRoute route, ServerGauge server) {
        long deadline = System.nanoTime() + nanos;
        long chunk = Math.min(nanos, TimeUnit.SECONDS.toNanos(3));
        int rate = firstRate;
        for (int round = 0; round < 1_000 && System.nanoTime() + chunk <= deadline; round++) {
            Measured done = step(rate, chunk / 2, chunk - chunk / 2, route, server);
            boolean keptUp = done.step().settled();
            drainSteps(List.of(done.step()), Math.max(0, deadline - System.nanoTime()));
            rate = keptUp ? rate * 3 / 2 : Math.max(firstRate / 2, rate * 2 / 3);
        }
    }

    private Measured step(int rate, long settleNanos, long windowNanos, MessageRoute route, ServerGauge server) {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2);
        long windowStart = start + settleNanos;
        long windowEnd = windowStart + windowNanos;
        RateStep step = steps.open(rate, windowStart, windowEnd);
        long errorsBefore = tally.errors.sum();
        long closesBefore = tally.unexpectedCloses.sum();
        Snapshot[] begin = new Snapshot[1];
        sender.takeLongestLagNanos();
        sender.run(route, step, start, windowEnd, () -> begin[0] = snapshot(server));
        OpenLoopSender.waitUntil(windowEnd);
        Snapshot end = snapshot(server);
        long lag = sender.takeLongestLagNanos();
        double rss = server.rssKib().orElse(0) / 1024.0;
        drainSteps(List.of(step), timing.stepDrainNanos());
        Histogram endToEnd = new Histogram(3);
        Histogram acknowledgement = new Histogram(3);
        endToEnd.add(step.endToEndMicros());
        acknowledgement.add(step.acknowledgementMicros());
        return new Measured(step, (end.nanos - begin[0].nanos) / 1e9, end.arrivals - begin[0].arrivals,
                end.cpu.minus(begin[0].cpu), end.generatorCpuNanos - begin[0].generatorCpuNanos,
                generator.takeLongestPauseMillis(), lag, rss, tally.errors.sum() - errorsBefore,
                tally.unexpectedCloses.sum() - closesBefore, endToEnd, acknowledgement);
    }

    private record Snapshot(long nanos, long arrivals, ServerGauge.CpuReading cpu, long generatorCpuNanos) {
    }

    private Snapshot snapshot(ServerGauge server) {
        if (server == null) {
            throw new IllegalStateException("no server to measure");
        }
        generator.takeLongestPauseMillis();
        return new Snapshot(System.nanoTime(), tally.arrivals.sum(), server.cpu(), generator.cpuNanos());
    }

    private void drain(List<Measured> measured, long patienceNanos) {
        List<RateStep> open = new ArrayList<>();
        for (Measured done : measured) {
            open.add(done.step());
        }
        drainSteps(open, patienceNanos);
    }

    /** Waits (at most {@code patienceNanos}) until every message sent in these steps is accounted for. */
    private static void drainSteps(List<RateStep> open, long patienceNanos) {
        long deadline = System.nanoTime() + patienceNanos;
        while (System.nanoTime() < deadline && !open.stream().allMatch(RateStep::settled)) {
            SocketGroup.sleepQuietly(10);
        }
    }

    private StepResult result(RampRunner.Label label, Measured done, boolean afterDrain) {
        RateStep step = done.step();
        Histogram endToEnd = done.endToEnd();
        Histogram acknowledgement = done.acknowledgement();
        if (afterDrain) {
            // latecomers of the window arrived during the later steps and the final drain
            endToEnd.add(step.endToEndMicros());
            acknowledgement.add(step.acknowledgementMicros());
        }
        long delivered = done.arrivals();
        double perMessage = delivered == 0 ? 0 : (double) done.cpu().totalMicros() / delivered;
        double jvmPerMessage = delivered == 0 ? 0 : (double) done.cpu().jvmMicros() / delivered;
        double helperPerMessage = delivered == 0 ? 0 : (double) done.cpu().helperMicros() / delivered;
        double generatorPercent = done.cpu().nanos() <= 0 ? 0 : 100.0 * done.generatorCpuNanos() / done.cpu().nanos();
        boolean hasAck = acknowledgement.getTotalCount() > 0;
        long lost = Math.max(0, step.sentCount() - step.deliveredCount() - step.refusedCount());
        return new StepResult(label.workload(), label.target(), label.database(), label.connections(),
                label.repeat(), step.offeredPerSecond(), done.windowSeconds(), delivered / done.windowSeconds(),
                millis(endToEnd, 50), millis(endToEnd, 99), millis(endToEnd, 99.9), endToEnd.getMaxValue() / 1000.0,
                hasAck ? millis(acknowledgement, 50) : null, hasAck ? millis(acknowledgement, 99) : null,
                done.cpu().percentOfOneCpu(), perMessage, jvmPerMessage, helperPerMessage, generatorPercent,
                done.gcPauseMillis(), done.lagNanos() / 1e6, done.rssMiB(), step.sentCount(), step.deliveredCount(),
                step.refusedCount(), step.skippedCount(), lost, done.errors(), done.closes(),
                generatorPercent > GeneratorGauge.BOUND_PERCENT);
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    static String line(StepResult r) {
        return String.format("%s %s %,d msgs/s: delivered %,.0f/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms%s,"
                        + " server CPU %.0f %%, %.1f µs/msg, generator CPU %.0f %% %s",
                r.workload(), r.database().isEmpty() ? r.target() : r.target() + "/" + r.database(), r.offered(),
                r.deliveredPerSecond(), r.p50Ms(), r.p99Ms(), r.p999Ms(),
                r.ackP99Ms() == null ? "" : String.format(", ack p99 %.2f ms", r.ackP99Ms()),
                r.serverCpuPercent(), r.serverMicrosPerMessage(), r.generatorCpuPercent(), r.flags());
    }
}
