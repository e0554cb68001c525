package io.parley.chat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The box a report was measured on (BENCH.md 4.3: always name the machine). */
record Machine(int cpus, String cpuModel, String kernel, String jdk, String pinning, String loadAverage) {

    static Machine describe(Pinning pinning) {
        return new Machine(onlineCpus(), readCpuModel(), System.getProperty("os.name") + " "
                + System.getProperty("os.version"), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"), pinning.describe(), firstLine(Path.of("/proc/loadavg")));
    }

    private static int onlineCpus() {
        try {
            return Integer.parseInt(Commands.run(java.time.Duration.ofSeconds(10),
                    java.util.List.of("nproc", "--all")).strip());
        } catch (RuntimeException unknown) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    private static String readCpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException unreadable) {
            // not Linux, or no /proc: the report says so
        }
        return "unknown";
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0).strip();
        } catch (IOException | IndexOutOfBoundsException unreadable) {
            return "unknown";
        }
    }

    String markdown() {
        return "nproc " + cpus + " · CPU " + cpuModel + " · " + kernel + " · " + jdk + " · load average at start "
                + loadAverage + " · pinning: " + pinning;
    }
}
