package io.parley.chat.bench;

/**
 * W4: a connect storm (BENCH.md 4.2), every connection opened at once with a bounded number of handshakes in
 * flight; a handshake lasts until the server's greeting, so it includes Parley's token check and registration.
 */
record StormResult(
        String workload,
        String target,
        String database,
        int attempted,
        int connected,
        int inFlight,
        double seconds,
        double handshakesPerSecond,
        double p50Ms,
        double p99Ms,
        double maxMs,
        double serverCpuPercent,
        double generatorCpuPercent) {
}
