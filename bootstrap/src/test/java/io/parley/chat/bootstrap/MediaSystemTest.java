package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Media against the real server on its embedded default (files under the data directory, Tika sniffing): a client
 * uploads an image, sends it as an {@code image} message, and the peer downloads exactly those bytes.
 */
class MediaSystemTest {
    private static final long LIMIT = 12L * 1024 * 1024;
    private static final String BOUNDARY = "----parley-system-test";

    private static TestServer server;
    private static HttpJson http;
    private static Path dataDir;

    @BeforeAll
    static void start() {
        server = TestServer.with(Map.of("PARLEY_MAX_UPLOAD_BYTES", Long.toString(LIMIT)));
        http = new HttpJson(server.httpBase());
        dataDir = server.settings.dataDir();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A real PNG, then padding to {@code size} bytes (as large photos are). */
    static byte[] photo(int size) {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x00ff00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] png = out.toByteArray();
        byte[] padded = Arrays.copyOf(png, Math.max(size, png.length));
        for (int i = png.length; i < padded.length; i++) {
            padded[i] = (byte) (i * 17);
        }
        return padded;
    }

    static byte[] form(String field, String fileName, String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    static Answer upload(String diydir, byte[] form, Map<String, String> auth) {
        return http.post("/api/chat/uploadStreamSingleToServerDiy/" + diydir,
                "multipart/form-data; boundary=" + BOUNDARY, form, auth);
    }

    static long filesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A registered user, logged in. */
    static MessagingSystemTest.Person newPerson() {
        Answer login = http.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(),
                "password", "secret1"));
        assertTrue(login.ok(), login.toString());
        JsonNode u = login.data();
        return new MessagingSystemTest.Person(u.path("id").asLong(), u.path("uuid").asText(),
                u.path("username").asText(), u.path("token").asText());
    }

    @Test
    void anImageUploadedAndSentAsAMessageIsDownloadedByThePeer() throws Exception {
        MessagingSystemTest.Person alice = newPerson();
        MessagingSystemTest.Person bob = newPerson();
        byte[] image = photo(3 * 1024 * 1024);

        Answer uploaded = upload("chatImgs", form("file", "holiday.png", "image/png", image), alice.auth());
        assertTrue(uploaded.ok(), uploaded.toString());
        String url = uploaded.data().path("url").asText();
        assertTrue(url.startsWith(server.httpBase() + "/public/uploads/Diy/chatImgs/"), url);

        try (WsClient bobSocket = WsClient.connect(server.wsBase(), bob.token())) {
            bobSocket.nextOfType("system");
            Map<String, Object> message = new HashMap<>();
            message.put("sendto_id", bob.id());
            message.put("chatType", "single");
            message.put("type", "image");
            message.put("data", url);
            message.put("client_msg_id", "img-1");
            Answer sent = http.post("/api/chat/socket/sendmessage", message, alice.auth());
            assertTrue(sent.ok(), sent.toString());

            JsonNode received = bobSocket.nextOfType("singleChat").path("data");
            assertEquals("image", received.path("type").asText());
            String link = received.path("data").asText();
            assertEquals(url, link);

            HttpResponse<byte[]> download = HttpJson.download(link, Map.of());
            assertEquals(200, download.statusCode());
            assertArrayEquals(image, download.body(), "the peer gets exactly the uploaded bytes");
            assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(null));
            assertEquals(Integer.toString(image.length),
                    download.headers().firstValue("Content-Length").orElse(null));
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(null));

            HttpResponse<byte[]> slice = HttpJson.download(link, Map.of("Range", "bytes=1048576-1048675"));
            assertEquals(206, slice.statusCode());
            assertArrayEquals(Arrays.copyOfRange(image, 1_048_576, 1_048_676), slice.body());
        }
        Path stored = dataDir.resolve("media").resolve(url.substring(url.indexOf("/public/") + "/public/".length()));
        assertArrayEquals(image, Files.readAllBytes(stored), "kept under PARLEY_DATA_DIR/media");
    }

    @Test
    void aPageCalledPngAndAnUploadPastTheLimitLeaveNothingBehind() throws Exception {
        MessagingSystemTest.Person carol = newPerson();
        long before = filesUnder(dataDir.resolve("media"));

        Answer page = upload("x", form("file", "cat.png", "image/png",
                "<html><body><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8)),
                carol.auth());
        assertEquals(415, page.status(), page.toString());
        assertEquals("UPLOAD_TYPE_REFUSED", page.code());

        Answer tooLarge = upload("x", form("file", "big.png", "image/png", photo((int) LIMIT + 1)), carol.auth());
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertEquals("UPLOAD_TOO_LARGE", tooLarge.code());

        assertEquals(before, filesUnder(dataDir.resolve("media")), "no partial file in the media store");
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (filesUnder(dataDir.resolve(UploadPartsFolder.NAME)) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, filesUnder(dataDir.resolve(UploadPartsFolder.NAME)), "no multipart part left behind");
    }

    @Test
    void aVisitorMayUploadAsTheAllowListSays() {
        String device = Visitors.newDeviceId();
        long now = System.currentTimeMillis();
        Answer visitor = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                Visitors.signatureHeader(device, now));
        assertTrue(visitor.ok(), visitor.toString());
        Map<String, String> auth = Map.of("token", visitor.data().path("token").asText());

        Answer uploaded = upload("visitors", form("file", "v.png", "image/png", photo(2_000)), auth);
        assertTrue(uploaded.ok(), uploaded.toString());

        Answer elsewhere = http.post("/api/chat/setPassword", "multipart/form-data; boundary=" + BOUNDARY,
                form("file", "v.png", "image/png", photo(2_000)), auth);
        assertEquals("VISITOR_FORBIDDEN", elsewhere.code());
    }
}
