package io.parley.chat.application.contract;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a real PostgreSQL, MariaDB or Redis on its standard local port. When the service is not
 * reachable the test is skipped with the reason, unless {@code PARLEY_IT_REQUIRED=1} (as in CI), where it fails.
 */
public final class ExternalService {
    private ExternalService() {
    }

    public static void require(String name, String host, int port) {
        if (reachable(host, port)) {
            return;
        }
        String reason = name + " is not reachable on " + host + ":" + port;
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
