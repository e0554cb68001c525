package io.parley.chat.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver ({@code apt-get install chromium chromium-driver}) for the browser tests. Both
 * paths are given to Selenium, so Selenium Manager never looks for, let alone downloads, a browser or a driver. When
 * they are missing the tests are skipped with the reason, unless {@code PARLEY_IT_REQUIRED=1} (as in CI), where they
 * fail: the same rule as {@code ExternalService} for databases.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static void require() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String reason = "Chromium (" + BROWSER + ") and chromedriver (" + DRIVER + ") are not both installed"
                + " (apt-get install chromium chromium-driver)";
        if ("1".equals(System.getenv("PARLEY_IT_REQUIRED"))) {
            Assertions.fail(reason + " and PARLEY_IT_REQUIRED=1");
        }
        String skipped = reason + ": browser tests skipped (set PARLEY_IT_REQUIRED=1 to fail instead)";
        // Failsafe does not print why a class aborted in @BeforeAll, so say it where a person running the build sees it
        System.err.println("[parley] SKIPPED " + StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(name -> !name.equals(Chromium.class.getName()))
                .findFirst().orElse("?")) + ": " + skipped);
        Assumptions.abort(skipped);
    }

    /** A fresh headless browser with its own profile folder, English, a desktop-sized window. */
    static ChromeDriver start(Path profile) {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                // nothing but this machine: the seed's default avatars name a public host, never looked up here
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost", "--window-size=1280,860", "--lang=en-US"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        // the page's console, for failure messages
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }
}
