package io.parley.chat.bootstrap;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** {@code java -jar parley-server.jar}: starts the server as configured, stops it cleanly on SIGTERM / Ctrl-C. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Wiring wiring;
        try {
            ConfigSource source = ConfigSource.fromEnvironment(System.getenv());
            Settings settings = Settings.load(source);
            LOG.info("Parley starting; configuration{}:", source.origin().map(file -> " (" + file + ")").orElse(""));
            settings.describe().forEach(line -> LOG.info("  {}", line));
            wiring = Wiring.start(settings);
            LOG.info("Parley listening on http://{}:{} (WebSocket at /ws)", settings.host(), wiring.port());
        } catch (ConfigurationException misconfigured) {
            LOG.error("cannot start: {}", misconfigured.getMessage());
            exit(2);
            return;
        } catch (RuntimeException failure) {
            LOG.error("cannot start", failure);
            exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Wiring running = wiring;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Parley stopping");
            running.close();
            stopped.countDown();
        }, "parley-shutdown"));
        stopped.await();
    }

    private static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }
}
