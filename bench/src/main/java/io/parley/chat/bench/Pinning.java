package io.parley.chat.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the processes run (BENCH.md 4.1): the server side on CPU 0, the generator on CPU 1, with {@code taskset}
 * when it exists and the machine has two CPUs or more. The generator pins itself by being started under taskset
 * (bench/run.sh); this class pins the servers it starts.
 */
record Pinning(boolean active, String serverCpus, String generatorCpus, String allCpus) {
    private static final Duration TASKSET_LIMIT = Duration.ofSeconds(10);

    static Pinning detect() {
        int online = onlineCpus();
        boolean usable = Commands.exists("taskset") && online >= 2;
        return new Pinning(usable, "0", "1", "0-" + (online - 1));
    }

    private static int onlineCpus() {
        try {
            return Integer.parseInt(Commands.run(TASKSET_LIMIT, List.of("getconf", "_NPROCESSORS_ONLN")).strip());
        } catch (RuntimeException unknown) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** {@code command} started on the server's CPU. */
    List<String> serverCommand(List<String> command) {
        if (!active) {
            return command;
        }
        List<String> pinned = new ArrayList<>(List.of("taskset", "-c", serverCpus));
        pinned.addAll(command);
        return pinned;
    }

    /** Lets every thread of a running server use all CPUs (setup work that the benchmark does not measure). */
    void widen(long pid) {
        move(pid, allCpus);
    }

    /** Puts every thread of a running process back on the server's CPU. */
    void narrow(long pid) {
        move(pid, serverCpus);
    }

    private void move(long pid, String cpus) {
        if (active) {
            Commands.run(TASKSET_LIMIT, List.of("taskset", "-a", "-p", "-c", cpus, Long.toString(pid)));
        }
    }

    /** Whether this JVM (the generator) was started on a single CPU, as bench/run.sh does. */
    static boolean generatorPinned() {
        return Runtime.getRuntime().availableProcessors() == 1 && onlineCpus() >= 2;
    }

    String describe() {
        if (!active) {
            return "none (taskset missing or a single CPU): every figure is a whole-box figure";
        }
        return "server side on CPU " + serverCpus + ", generator on CPU " + generatorCpus + " (taskset)"
                + (generatorPinned() ? "" : " — but this generator was not started pinned");
    }
}
