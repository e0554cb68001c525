package io.parley.chat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server the suite started as a child process: its output goes to a log file, and it counts as started once a
 * line of its output names the port it listens on.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final int port;

    private ServerProcess(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /**
     * @param workingDirectory where a stray {@code parley.properties} cannot be
     * @param listening a pattern whose group 1 is the port, matched against each line the server prints
     * @param startLimit how long the server may take to print it
     */
    static ServerProcess start(String name, List<String> command, Path workingDirectory,
                               Map<String, String> environment, Path log, Pattern listening, Duration startLimit) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(workingDirectory.toFile());
        // the server's settings are the benchmark's, whatever the caller's shell has exported
        builder.environment().keySet().removeIf(variable -> variable.startsWith("PARLEY_"));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("cannot start " + name, cannotStart);
        }
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread copier = new Thread(() -> copyOutput(process, log, listening, port), name + "-output");
        copier.setDaemon(true);
        copier.start();
        try {
            return new ServerProcess(name, process, port.get(startLimit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException | InterruptedException notStarted) {
            process.destroyForcibly();
            if (notStarted instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException(name + " did not start within " + startLimit + "; see " + log, notStarted);
        }
    }

    private static void copyOutput(Process process, Path log, Pattern listening, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.write(line);
                out.write('\n');
                Matcher matcher = listening.matcher(line);
                if (!port.isDone() && matcher.find()) {
                    out.flush();
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException logBroken) {
            port.completeExceptionally(logBroken);
        }
        port.completeExceptionally(new IllegalStateException("the server ended before it listened"));
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the server to stop (SIGTERM, so that its shutdown hook runs), and kills it if it does not. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
