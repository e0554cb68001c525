package io.parley.chat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/** What Linux says about a process in {@code /proc}: its CPU time and its resident memory. */
final class ProcFs {
    private ProcFs() {
    }

    /** utime + stime of the process in clock ticks; empty when the process is gone. */
    static OptionalLong cpuTicks(long pid) {
        try {
            return OptionalLong.of(cpuTicksOfStatLine(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (NoSuchFileException gone) {
            return OptionalLong.empty();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** VmRSS in KiB; empty when the process is gone. */
    static OptionalLong rssKib(long pid) {
        try {
            return vmRssOfStatus(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (NoSuchFileException gone) {
            return OptionalLong.empty();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Fields 14 and 15 of {@code /proc/<pid>/stat}. The command name (field 2) may hold spaces and parentheses, so
     * the fields are counted from the last ')'.
     */
    static long cpuTicksOfStatLine(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state)
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static OptionalLong vmRssOfStatus(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return OptionalLong.of(Long.parseLong(line.substring(6).trim().split("\\s+")[0]));
            }
        }
        return OptionalLong.empty();
    }
}
