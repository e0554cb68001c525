package io.parley.chat.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the web client, in one browser; every wait is bounded. */
final class ClientPage {
    static final Duration PATIENCE = Duration.ofSeconds(20);

    final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    ClientPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        // the client re-renders lists as frames arrive: an element found a moment ago may be replaced already
        this.wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    ClientPage open(String hash) {
        driver.get(base + "/" + hash);
        return this;
    }

    WebElement visible(String css) {
        return wait.withMessage(() -> "visible: " + css + "\n" + problems())
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element matching {@code css} shows {@code text} (a part of its text). */
    WebElement showing(String css, String text) {
        return wait.withMessage(() -> "\"" + text + "\" in " + css + "\n" + problems()).until(d -> {
            for (WebElement element : d.findElements(By.cssSelector(css))) {
                if (element.isDisplayed() && element.getText().contains(text)) {
                    return element;
                }
            }
            return null;
        });
    }

    void click(String css) {
        wait.withMessage(() -> "clickable: " + css + "\n" + problems()).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    void type(String css, CharSequence... keys) {
        WebElement field = visible(css);
        field.clear();
        field.sendKeys(keys);
    }

    void register(String username, String password) {
        click("[data-auth-tab=register]");
        type("#register-form input[name=username]", username);
        type("#register-form input[name=password]", password);
        click("#register-form button[type=submit]");
        showing("#conn-status", "Online");
    }

    void tab(String name) {
        click("[data-tab=" + name + "]");
        visible("[data-panel=" + name + "]");
    }

    void send(String text) {
        type("#message-input", text, Keys.ENTER);
    }

    String script(String code, Object... arguments) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(code, arguments));
    }

    /** The banners and the console, for a failure message that says what the page showed instead. */
    String problems() {
        List<WebElement> banners = driver.findElements(By.cssSelector(".banner:not([hidden]) .text, #auth-error"));
        StringBuilder text = new StringBuilder("page: ").append(driver.getCurrentUrl());
        for (WebElement banner : banners) {
            text.append("\nshown: ").append(banner.getText());
        }
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                text.append("\nconsole: ").append(entry.getLevel()).append(' ').append(entry.getMessage());
            }
        } catch (RuntimeException noLogs) {
            text.append("\n(no console log: ").append(noLogs.getMessage()).append(')');
        }
        try {
            Path picture = Path.of("target", "webclient-failure-" + System.nanoTime() + ".png");
            Files.createDirectories(picture.getParent());
            Files.write(picture, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            text.append("\nscreenshot: ").append(picture.toAbsolutePath());
        } catch (IOException | RuntimeException noPicture) {
            text.append("\n(no screenshot: ").append(noPicture).append(')');
        }
        return text.toString();
    }
}
