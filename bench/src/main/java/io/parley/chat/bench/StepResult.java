package io.parley.chat.bench;

/**
 * The figures of one rate step (BENCH.md 4.3), one JSON line of the raw results. Latencies in ms; the
 * acknowledgement latencies are null where the workload has none (the raw router does not acknowledge).
 *
 * @param serverMicrosPerMessage server-side CPU (JVM plus database backends) per message delivered in the window
 * @param lost sent, neither delivered nor refused after the drain
 * @param errors failures the server reported (refusals, error statuses) and failed writes
 */
record StepResult(
        String workload,
        String target,
        String database,
        int connections,
        int repeat,
        int offered,
        double windowSeconds,
        double deliveredPerSecond,
        double p50Ms,
        double p99Ms,
        double p999Ms,
        double maxMs,
        Double ackP50Ms,
        Double ackP99Ms,
        double serverCpuPercent,
        double serverMicrosPerMessage,
        double jvmMicrosPerMessage,
        double helperMicrosPerMessage,
        double generatorCpuPercent,
        long generatorGcMaxPauseMs,
        double generatorMaxLagMs,
        double serverRssMiB,
        long sent,
        long delivered,
        long refused,
        long skipped,
        long lost,
        long errors,
        long unexpectedCloses,
        boolean generatorBound) {

    /** The share of the offered rate that must arrive for a step to count (BENCH.md 4.3). */
    static final double DELIVERED_SHARE = 0.995;

    /** Every validity check of BENCH.md 4.1 holds, whatever the latency. */
    boolean clean() {
        return deliveredPerSecond >= DELIVERED_SHARE * offered && lost == 0 && errors == 0 && refused == 0
                && skipped == 0 && unexpectedCloses == 0 && !generatorBound;
    }

    /** The step counts towards capacity at a p99 of {@code sloMs}. */
    boolean passes(double sloMs) {
        return clean() && p99Ms <= sloMs;
    }

    /** What is wrong with the step, for the report: empty when nothing is. */
    String flags() {
        StringBuilder flags = new StringBuilder();
        if (generatorBound) {
            flags.append("generator-bound ");
        }
        if (deliveredPerSecond < DELIVERED_SHARE * offered) {
            flags.append("under-delivered ");
        }
        if (lost > 0) {
            flags.append("loss ");
        }
        if (errors > 0 || refused > 0) {
            flags.append("errors ");
        }
        if (skipped > 0) {
            flags.append("skipped ");
        }
        if (unexpectedCloses > 0) {
            flags.append("closes ");
        }
        return flags.toString().trim();
    }
}
