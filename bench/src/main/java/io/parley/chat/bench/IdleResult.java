package io.parley.chat.bench;

/**
 * W3: what idle connections cost the server (BENCH.md 4.2), measured against the same server before it had any:
 * live heap after a full GC, RSS, and the CPU it spends while nobody talks (heartbeats only).
 */
record IdleResult(
        String workload,
        String target,
        String database,
        int connections,
        int open,
        double idleSeconds,
        double liveHeapBeforeMiB,
        double liveHeapAfterMiB,
        double rssBeforeMiB,
        double rssAfterMiB,
        double idleCpuPercent) {

    double liveHeapPerConnectionKiB() {
        return open == 0 ? 0 : (liveHeapAfterMiB - liveHeapBeforeMiB) * 1024 / open;
    }

    double rssPerConnectionKiB() {
        return open == 0 ? 0 : (rssAfterMiB - rssBeforeMiB) * 1024 / open;
    }
}
