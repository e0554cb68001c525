package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.bootstrap.HttpJson.Answer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The web client in a real browser (Debian's headless Chromium) against the real server: what issue 9 promises, done
 * the way people do it, with only the page's own buttons and fields.
 */
class WebClientIT {
    /** Where the test leaves a picture of the chat screen (docs/webclient-chat.png is a copy of it). */
    static final Path SCREENSHOT = Path.of("target", "webclient-chat.png");

    private static TestServer server;
    private static Path scratch;
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        Chromium.require();
        server = TestServer.embedded();
        scratch = Files.createTempDirectory("parley-browsers-");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (scratch != null) {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    private ClientPage browser() {
        ChromeDriver driver = Chromium.start(scratch.resolve("profile-" + UUID.randomUUID()));
        browsers.add(driver);
        return new ClientPage(driver, server.httpBase());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void twoPeopleBecomeFriendsChatSendAnImageAndOneCatchesUpAfterBeingAway() throws IOException {
        ClientPage alice = browser().open("");
        ClientPage bob = browser().open("");
        String aliceName = unique("alice_");
        String bobName = unique("bob_");
        alice.register(aliceName, "secret1");
        bob.register(bobName, "secret1");

        // alice finds bob and asks; bob hears of it live and accepts
        alice.tab("search");
        alice.type("#search-form input[name=keyword]", bobName);
        alice.click("#search-form button[type=submit]");
        alice.showing("#search-results li.person", bobName);
        alice.click("#search-results li.person .add-friend");
        alice.showing("#info-banner", "Friend request sent");
        bob.showing("#requests-badge", "1");
        bob.tab("requests");
        bob.showing("#request-list li.request", aliceName);
        bob.click("#request-list li.request button.agree");
        bob.showing("#info-banner", "friends now");

        // alice writes from her contact list
        alice.tab("contacts");
        alice.showing("#contact-list li.contact", bobName);
        alice.click("#contact-list li.contact");
        alice.showing("#chat-title", bobName);
        alice.send("Hello Bob, this is Alice");
        alice.showing("#messages li.message.mine .status", "Sent");

        // bob sees an unread conversation, opens it, and alice sees it read
        bob.tab("chats");
        bob.showing("#conversation-list li.conversation .badge.unread", "1");
        bob.click("#conversation-list li.conversation .badge.unread");
        bob.showing("#messages li.message.theirs", "Hello Bob, this is Alice");
        alice.showing("#messages li.message.mine.read .status", "Read");
        bob.send("Hi Alice!");
        alice.showing("#messages li.message.theirs", "Hi Alice!");

        // an image: uploaded, sent as an image message, shown on both sides (the CSP lets /public pictures in)
        alice.visible("#composer .file-button");
        alice.driver.findElement(By.id("image-input")).sendKeys(png().toAbsolutePath().toString());
        alice.visible("#messages li.message.mine img.photo");
        WebElement received = bob.visible("#messages li.message.theirs img.photo");
        assertTrue(received.getAttribute("src").contains("/public/uploads/"), received.getAttribute("src"));
        assertEquals("true", bob.script("const i = document.querySelector('li.message.theirs img.photo');"
                + " return String(i.complete && i.naturalWidth === " + PHOTO_WIDTH + ");"), "the picture loaded in bob's browser");

        // bob closes his window; alice writes meanwhile; bob comes back and finds it
        String away = bob.driver.getWindowHandle();
        bob.driver.switchTo().newWindow(WindowType.TAB);
        String fresh = bob.driver.getWindowHandle();
        bob.driver.switchTo().window(away).close();
        bob.driver.switchTo().window(fresh);
        alice.send("Are you there? I wrote while you were away");
        alice.showing("#messages li.message.mine .status", "Sent");
        bob.open("");
        bob.showing("#conn-status", "Online");
        bob.showing("#conversation-list li.conversation", "Are you there?");
        bob.click("#conversation-list li.conversation[data-key^='single:']");
        bob.showing("#messages li.message.theirs", "I wrote while you were away");

        // alice takes back her last message; bob sees it recalled
        List<WebElement> recalls = alice.driver.findElements(By.cssSelector("#messages li.message.mine .recall"));
        recalls.get(recalls.size() - 1).click();
        alice.showing("#messages li.message.mine.recalled", "You recalled a message");
        bob.showing("#messages li.message.recalled", "recalled a message");
        assertFalse(bob.driver.findElement(By.id("messages")).getText().contains("I wrote while you were away"));

        // a group of the two: its chat, members and QR code
        alice.tab("chats");
        alice.click("#new-group");
        alice.click("#group-create-contacts input[type=checkbox]");
        alice.click("#group-create-form button[type=submit]");
        alice.showing("#info-banner", "Group created");
        WebElement group = alice.visible("#conversation-list li.conversation[data-key^='group:']");
        group.click();
        alice.click("#group-info-toggle");
        alice.showing("#group-panel", "Members (2)");
        alice.visible("#group-panel img.group-qr");
        alice.send("Welcome to our group");
        bob.showing("#conversation-list li.conversation[data-key^='group:']", "Welcome to our group");
        assertEquals("true", alice.script("const i = document.querySelector('#group-panel img.group-qr');"
                + " return String(i.complete && i.naturalWidth > 0);"), "the QR code loaded");

        // the chat screen, for docs/
        bob.click("#conversation-list li.conversation[data-key^='single:']");
        bob.showing("#messages li.message.recalled", "recalled a message");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(((TakesScreenshot) bob.driver).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aVisitorIsToldInWordsThatTheRecipientWantsThemLoggedIn() {
        ClientPage carol = browser().open("");
        String carolName = unique("carol_");
        carol.register(carolName, "secret1");
        carol.tab("settings");
        new Select(carol.visible("#chatset-form[data-loaded] select[name='visitor.sendCount']")).selectByValue("0");
        carol.click("#chatset-form button[type=submit]");
        carol.showing("#info-banner", "Settings saved");
        String link = carol.visible("#share-link").getAttribute("value");
        assertTrue(link.startsWith(server.httpBase() + "/#/u/"), link);

        ClientPage visitor = browser();
        visitor.driver.get(link);
        visitor.showing("#auth-hint", carolName);
        visitor.click("#visitor-enter");
        visitor.showing("#me-name", "(visitor)");
        visitor.showing("#chat-title", carolName);
        visitor.send("Hello, may I ask something?");

        String words = wordsForVisitorToCarol(link.substring(link.lastIndexOf('/') + 1));
        WebElement status = visitor.showing("#messages li.message.failed .status", words);
        assertEquals("LOGIN_REQUIRED", status.getAttribute("data-code"));
        WebElement banner = visitor.showing("#error-banner .text", words);
        assertEquals("LOGIN_REQUIRED", visitor.driver.findElement(By.id("error-banner")).getAttribute("data-code"),
                banner.getText());

        // so the visitor creates an account, keeping the conversation, and the same message goes through
        visitor.tab("settings");
        String newName = unique("vis_");
        visitor.type("#upgrade-form input[name=username]", newName);
        visitor.type("#upgrade-form input[name=password]", "secret1");
        visitor.click("#upgrade-form button[type=submit]");
        visitor.showing("#me-name", newName);
        visitor.showing("#conn-status", "Online");
        visitor.driver.get(link); // the refused message stored nothing, so there is no conversation to pick yet
        visitor.showing("#chat-title", carolName);
        visitor.send("Now I am logged in");
        visitor.showing("#messages li.message.mine .status", "Sent");
        carol.tab("chats");
        carol.showing("#conversation-list li.conversation", "Now I am logged in");
    }

    @Test
    void aDroppedConnectionIsRebuiltAndCatchesUpWithWhatCameMeanwhile() {
        ClientPage dave = browser().open("");
        String daveName = unique("dave_");
        dave.register(daveName, "secret1");
        HttpJson http = new HttpJson(server.httpBase());
        Answer erin = http.post("/api/regChat", Map.of("username", unique("erin_"), "password", "secret1"));
        Map<String, String> asErin = Map.of("token", erin.data().path("token").asText());
        Answer found = http.post("/api/chat/searchUser", Map.of("keyword", daveName), asErin);
        long daveId = found.data().path(0).path("id").asLong();
        assertTrue(http.post("/api/chat/autoAddFriendAndAgree", Map.of("friend_id", daveId), asErin).ok());

        ChromeDriver browser = (ChromeDriver) dave.driver;
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        dave.showing("#conn-status", "reconnecting");
        Answer sent = http.post("/api/chat/socket/sendmessage", Map.of("sendto_id", daveId, "chatType", "single",
                "type", "text", "data", "sent while your line was down", "client_msg_id", "offline-1"), asErin);
        assertTrue(sent.ok(), sent.toString());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        dave.showing("#conn-status", "Online");
        dave.showing("#conversation-list li.conversation", "sent while your line was down");
    }

    /** What the server says, in English, to a visitor writing to carol: what the page must show. */
    private static String wordsForVisitorToCarol(String carolUuid) {
        HttpJson http = new HttpJson(server.httpBase());
        Answer carol = http.get("/api/userinfo/" + carolUuid, Map.of());
        String device = Visitors.newDeviceId();
        long now = System.currentTimeMillis();
        Answer visitor = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                Visitors.signatureHeader(device, now));
        Answer refused = http.post("/api/chat/socket/sendmessage", Map.of("sendto_id", carol.data().path("id").asLong(),
                "chatType", "single", "type", "text", "data", "hi"),
                Map.of("token", visitor.data().path("token").asText(), "Accept-Language", "en"));
        assertEquals("LOGIN_REQUIRED", refused.code(), refused.toString());
        return refused.data().asText();
    }

    private static final int PHOTO_WIDTH = 180;

    /** A small landscape picture, made here. */
    private static Path png() {
        Path file = scratch.resolve("photo.png");
        BufferedImage image = new BufferedImage(PHOTO_WIDTH, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8fc1ff));
        g.fillRect(0, 0, PHOTO_WIDTH, 120);
        g.setColor(new Color(0xffd34d));
        g.fillOval(130, 14, 34, 34);
        g.setColor(new Color(0x2f8f4e));
        g.fillPolygon(new int[] {0, 60, 120, 180, 180, 0}, new int[] {120, 50, 95, 40, 120, 120}, 6);
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
