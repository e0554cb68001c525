package io.parley.chat.bench;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The server side's CPU time and memory, read from {@code /proc}: the server JVM plus, for a full-stack run, the
 * database processes that serve it (BENCH.md 4.1: CPU of all server-side processes per delivered message).
 */
final class ServerGauge {
    private final long jvmPid;
    private final Supplier<List<Long>> helperPids;
    private final long ticksPerSecond;

    /** @param helperPids further server-side processes (PostgreSQL backends); asked anew at each reading */
    ServerGauge(long jvmPid, Supplier<List<Long>> helperPids, long ticksPerSecond) {
        this.jvmPid = jvmPid;
        this.helperPids = helperPids;
        this.ticksPerSecond = ticksPerSecond;
    }

    static long clockTicksPerSecond() {
        try {
            return Long.parseLong(Commands.run(Duration.ofSeconds(10), List.of("getconf", "CLK_TCK")).strip());
        } catch (RuntimeException unknown) {
            // the value of every Linux this runs on
            return 100;
        }
    }

    /** A reading of the CPU time used so far. */
    CpuReading cpu() {
        long jvm = ProcFs.cpuTicks(jvmPid).orElse(0);
        long helpers = 0;
        for (long pid : helperPids.get()) {
            helpers += ProcFs.cpuTicks(pid).orElse(0);
        }
        return new CpuReading(System.nanoTime(), toMicros(jvm), toMicros(helpers));
    }

    OptionalLong rssKib() {
        return ProcFs.rssKib(jvmPid);
    }

    OptionalLong liveHeapKib() {
        return LiveHeap.afterFullGc(jvmPid);
    }

    private long toMicros(long ticks) {
        return ticks * 1_000_000L / ticksPerSecond;
    }

    /** CPU time in µs of the JVM and of its helpers, at {@code nanos} ({@link System#nanoTime()}). */
    record CpuReading(long nanos, long jvmMicros, long helperMicros) {
        CpuReading minus(CpuReading before) {
            return new CpuReading(nanos - before.nanos, jvmMicros - before.jvmMicros,
                    helperMicros - before.helperMicros);
        }

        long totalMicros() {
            return jvmMicros + helperMicros;
        }

        /** Percent of one CPU over the interval this difference covers. */
        double percentOfOneCpu() {
            return nanos <= 0 ? 0 : 100.0 * totalMicros() * 1_000 / nanos;
        }
    }
}
