package io.parley.chat.application.contract;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a real PostgreSQL, MariaDB or Redis on its standard local port, or a program they start
 * themselves (a private redis-server). When the service is not reachable or the program not installed the test is
 * skipped with the reason, unless {@code PARLEY_IT_REQUIRED=1} (as in CI), where it fails.
 */
public final class ExternalService {
    private ExternalService() {
    }

    public static void require(String name, String host, int port) {
        if (reachable(host, port)) {
            return;
        }
        skipOrFail(name + " is not reachable on " + host + ":" + port);
    }

    /**
     * The path of a program that a test starts itself (a private {@code redis-server}); skips the test with the reason
     * when it is not installed, or fails it under {@code PARLEY_IT_REQUIRED=1}.
     */
    public static Path requireProgram(String executable) {
        Optional<Path> found = Pattern.compile(Pattern.quote(java.io.File.pathSeparator))
                .splitAsStream(System.getenv().getOrDefault("PATH", ""))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, executable))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            skipOrFail(executable + " is not installed (not on the PATH)");
        }
        return found.orElseThrow();
    }

    private static void skipOrFail(String reason) {
        if ("1".equals(System.getenv("PARLEY_IT_REQUIRED"))) {
            Assertions.fail(reason + " and PARLEY_IT_REQUIRED=1");
        }
        String skipped = reason + ": tests skipped (set PARLEY_IT_REQUIRED=1 to fail instead)";
        // Surefire does not print why a class aborted in @BeforeAll, so say it where a person running the build sees it
        System.err.println("[parley] SKIPPED " + callerClass() + ": " + skipped);
        Assumptions.abort(skipped);
    }

    private static String callerClass() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(name -> !name.equals(ExternalService.class.getName()))
                .findFirst()
                .orElse("?"));
    }

    public static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }
}
