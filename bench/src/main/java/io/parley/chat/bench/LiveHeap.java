package io.parley.chat.bench;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of another JVM: a full GC ({@code jcmd <pid> GC.run}), then the used heap
 * ({@code jcmd <pid> GC.heap_info}). What survives a full GC is what the process really holds.
 */
final class LiveHeap {
    private static final Duration JCMD_LIMIT = Duration.ofSeconds(60);
    /** G1's summary line: {@code garbage-first heap   total 1048576K, used 23456K [0x…}. */
    private static final Pattern USED = Pattern.compile("heap\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K");

    private LiveHeap() {
    }

    /** KiB in use after a full GC; empty when jcmd is missing or the process cannot be attached to. */
    static OptionalLong afterFullGc(long pid) {
        if (!Commands.exists("jcmd")) {
            return OptionalLong.empty();
        }
        try {
            Commands.run(JCMD_LIMIT, List.of("jcmd", Long.toString(pid), "GC.run"));
            return usedKib(Commands.run(JCMD_LIMIT, List.of("jcmd", Long.toString(pid), "GC.heap_info")));
        } catch (RuntimeException unavailable) {
            System.out.println("  (live heap not available: " + unavailable.getMessage() + ")");
            return OptionalLong.empty();
        }
    }

    static OptionalLong usedKib(String heapInfo) {
        Matcher used = USED.matcher(heapInfo);
        return used.find() ? OptionalLong.of(Long.parseLong(used.group(1))) : OptionalLong.empty();
    }
}
