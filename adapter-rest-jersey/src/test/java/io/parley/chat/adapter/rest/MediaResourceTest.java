package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.RestApiHarness.USER_TOKEN;
import static io.parley.chat.adapter.rest.RestApiHarness.VISITOR_TOKEN;
import static io.parley.chat.application.fixtures.FakeContentSniffer.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.UploadMediaCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #34–#36 and {@code /public/...} over real HTTP, with the core's upload and media use cases (on the in-memory store
 * and the test sniffer) behind the HTTP API: what a client uploads it can fetch back, byte for byte, whole or by
 * range; what is not media, too large or aimed elsewhere is refused with nothing kept.
 */
class MediaResourceTest {
    private static final long LIMIT = 300_000;
    private static final byte[] PAGE = "<!DOCTYPE html><html><script>fetch('/api/chat/logout')</script></html>"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path partsDir;

    private static RestApiHarness api;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestCore core;

    @BeforeAll
    static void start() throws Exception {
        api = RestApiHarness.start(new UploadSettings(LIMIT, Optional.of(partsDir)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void fresh() {
        api.resetMocks();
        api.acceptTokens();
        core = TestCore.withUploadLimit(LIMIT);
        when(api.uploadMedia.upload(any())).thenAnswer(call ->
                core.core().uploadMedia().upload(call.<UploadMediaCommand>getArgument(0)));
        when(api.media.getMedia(any())).thenAnswer(call -> core.core().media().getMedia(call.getArgument(0)));
    }

    @AfterEach
    void noPartIsLeftBehind() throws Exception {
        // the request's parts are deleted when its processing ends, which may be a moment after the client has read
        // the answer
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (partsLeft() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, partsLeft(), "temporary multipart files left behind");
    }

    private static long partsLeft() throws IOException {
        try (Stream<Path> files = Files.list(partsDir)) {
            return files.count();
        }
    }

    private static RestApiHarness.Reply upload(String diydir, String token, MultipartForm form) throws Exception {
        RestApiHarness.Call call = api.post("/api/chat/uploadStreamSingleToServerDiy/" + diydir);
        return (token == null ? call : call.header("token", token)).multipart(form).send();
    }

    private static MultipartForm file(String fileName, String contentType, byte[] content) {
        return new MultipartForm().file("file", fileName, contentType, content);
    }

    private static HttpResponse<byte[]> fetch(String method, String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private String uploaded(byte[] content) throws Exception {
        RestApiHarness.Reply reply = upload("chatImgs", USER_TOKEN, file("photo.png", "image/png", content));
        assertEquals(200, reply.status(), reply.text());
        return reply.json().path("data").path("url").asText();
    }

    @Test
    void anUploadedFileComesBackByteForByteWithItsHeaders() throws Exception {
        byte[] image = png(250_000);

        String url = uploaded(image);

        assertTrue(url.matches("http://127\\.0\\.0\\.1:" + api.port()
                + "/public/uploads/Diy/chatImgs/20240601/1717236000000_\\d{8}\\.png"), url);
        HttpResponse<byte[]> fetched = fetch("GET", url);
        assertEquals(200, fetched.statusCode());
        assertArrayEquals(image, fetched.body());
        assertEquals("image/png", header(fetched, "Content-Type"));
        assertEquals(Integer.toString(image.length), header(fetched, "Content-Length"));
        assertEquals("nosniff", header(fetched, "X-Content-Type-Options"));
        assertEquals("public, max-age=31536000, immutable", header(fetched, "Cache-Control"));
        assertEquals("bytes", header(fetched, "Accept-Ranges"));
        assertNotNull(header(fetched, "ETag"));
        assertNotNull(header(fetched, "Last-Modified"));
        assertTrue(header(fetched, "Content-Security-Policy").contains("sandbox"));

        HttpResponse<byte[]> head = fetch("HEAD", url);
        assertEquals(200, head.statusCode());
        assertEquals(Integer.toString(image.length), header(head, "Content-Length"));
        assertEquals("image/png", header(head, "Content-Type"));
        assertEquals(0, head.body().length);

        HttpResponse<byte[]> again = fetch("GET", url, "If-None-Match", header(fetched, "ETag"));
        assertEquals(304, again.statusCode(), "a cached copy is still good");
    }

    @Test
    void aLargePartWaitsInATemporaryFileNotInMemoryUntilTheRequestEnds() throws Exception {
        long[] partsWhileStoring = {-1};
        doAnswer(call -> {
            partsWhileStoring[0] = partsLeft();
            return core.core().uploadMedia().upload(call.<UploadMediaCommand>getArgument(0));
        }).when(api.uploadMedia).upload(any());
        byte[] image = png(200_000);

        String url = uploaded(image);

        assertEquals(1, partsWhileStoring[0], "the file part was on disk while the core read it");
        assertArrayEquals(image, fetch("GET", url).body());
    }

    @Test
    void aRangeRequestGetsExactlyItsSlice() throws Exception {
        byte[] video = png(100_000);
        String url = uploaded(video);

        HttpResponse<byte[]> middle = fetch("GET", url, "Range", "bytes=1000-1999");
        assertEquals(206, middle.statusCode());
        assertArrayEquals(Arrays.copyOfRange(video, 1000, 2000), middle.body());
        assertEquals("bytes 1000-1999/100000", header(middle, "Content-Range"));
        assertEquals("1000", header(middle, "Content-Length"));
        assertEquals("image/png", header(middle, "Content-Type"));

        HttpResponse<byte[]> tail = fetch("GET", url, "Range", "bytes=-100");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(video, 99_900, 100_000), tail.body());

        HttpResponse<byte[]> open = fetch("GET", url, "Range", "bytes=99990-");
        assertEquals("bytes 99990-99999/100000", header(open, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(video, 99_990, 100_000), open.body());

        HttpResponse<byte[]> beyond = fetch("GET", url, "Range", "bytes=100000-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */100000", header(beyond, "Content-Range"));

        HttpResponse<byte[]> several = fetch("GET", url, "Range", "bytes=0-1,5-6");
        assertEquals(200, several.statusCode(), "several ranges: the whole file");
        assertArrayEquals(video, several.body());

        HttpResponse<byte[]> changed = fetch("GET", url, "Range", "bytes=0-9", "If-Range", "\"another-version\"");
        assertEquals(200, changed.statusCode(), "If-Range for another version: the whole file");
    }

    @Test
    void aPageOrScriptRenamedToPngIsRefusedAndNothingKept() throws Exception {
        RestApiHarness.Reply page = upload("chatImgs", USER_TOKEN, file("photo.png", "image/png", PAGE));
        assertEquals(415, page.status(), page.text());
        assertEquals("UPLOAD_TYPE_REFUSED", page.code());

        RestApiHarness.Reply script = upload("chatImgs", USER_TOKEN, file("x.png", "image/png",
                "  <script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(415, script.status(), script.text());
        assertEquals(0, core.media().count());
    }

    @Test
    void anUploadOneBytePastTheLimitIsRefusedAndNothingKept() throws Exception {
        assertEquals(200, upload("big", USER_TOKEN, file("a.png", "image/png", png((int) LIMIT))).status(),
                "exactly the limit");

        RestApiHarness.Reply over = upload("big", USER_TOKEN, file("b.png", "image/png", png((int) LIMIT + 1)));

        assertEquals(413, over.status(), over.text());
        assertEquals("UPLOAD_TOO_LARGE", over.code());
        assertEquals(1, core.media().count());
    }

    @Test
    void aBodyAnnouncedOrGrownFarPastTheLimitIsCutOffWhileBeingRead() throws Exception {
        byte[] huge = new MultipartForm().file("file", "h.png", "image/png", png((int) LIMIT * 3)).bytes();

        RestApiHarness.Reply announced = api.post("/api/chat/uploadStreamSingleToServerDiy/big")
                .header("token", USER_TOKEN).bytes(MultipartForm.contentType(), huge).send();
        assertEquals(413, announced.status(), announced.text());

        RestApiHarness.Reply chunked = api.post("/api/chat/uploadStreamSingleToServerDiy/big")
                .header("token", USER_TOKEN).chunkedBytes(MultipartForm.contentType(), huge).send();
        assertEquals(413, chunked.status(), chunked.text());
        assertEquals("UPLOAD_TOO_LARGE", chunked.code());
        assertEquals(0, core.media().count());
    }

    @Test
    void aFormOfMorePartsThanAnUploadHasIsRefused() throws Exception {
        MultipartForm many = new MultipartForm();
        for (int i = 0; i < 17; i++) {
            many.field("f" + i, "x");
        }
        RestApiHarness.Reply refused = upload("x", USER_TOKEN, many.file("file", "a.png", "image/png", png(100)));
        assertEquals(413, refused.status(), refused.text());
        assertEquals("UPLOAD_TOO_LARGE", refused.code());
        assertEquals(0, core.media().count());
    }

    @Test
    void aBodyThatIsNotMultipartAfterAllIsAValidationFailure() throws Exception {
        RestApiHarness.Reply broken = api.post("/api/chat/uploadStreamSingleToServerDiy/x").header("token", USER_TOKEN)
                .bytes(MultipartForm.contentType(), "no boundary here".getBytes(StandardCharsets.UTF_8)).send();
        assertEquals(422, broken.status(), broken.text());
        assertEquals("body", broken.field());
    }

    @Test
    void dotSegmentsAndAbsolutePathsInDiydirCannotEscape() throws Exception {
        for (String escape : new String[] {"..%2F..%2Fetc", "%2e%2e", "..", "%2Fetc%2Fpasswd", "..%5C..%5Cwin"}) {
            RestApiHarness.Reply refused = api.raw("POST", "/api/chat/uploadStreamSingleToServerDiy/" + escape,
                    "token: " + USER_TOKEN);
            assertEquals(404, refused.status(), escape + ": " + refused.text());
        }
        RestApiHarness.Reply nothingLeft = upload("..._...", USER_TOKEN, file("a.png", "image/png", png(100)));
        assertEquals(422, nothingLeft.status(), nothingLeft.text());
        assertEquals("diydir", nothingLeft.field());

        RestApiHarness.Reply reduced = upload("..etc..", USER_TOKEN, file("a.png", "image/png", png(100)));
        assertTrue(reduced.json().path("data").path("url").asText().contains("/public/uploads/Diy/etc/"),
                reduced.text());
        assertEquals(1, core.media().count());
    }

    @Test
    void concurrentUploadsDoNotCollide() throws Exception {
        int uploads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> urls = new java.util.ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                byte[] content = png(20_000 + i);
                Callable<String> task = () -> uploaded(content);
                urls.add(pool.submit(task));
            }
            Set<String> distinct = new HashSet<>();
            for (int i = 0; i < uploads; i++) {
                String url = urls.get(i).get();
                assertTrue(distinct.add(url), "two uploads got " + url);
                assertArrayEquals(png(20_000 + i), fetch("GET", url).body(), "upload " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVisitorUploadsWhereTheAllowListSaysAndNowhereElse() throws Exception {
        assertEquals(200, upload("visitor", VISITOR_TOKEN, file("v.png", "image/png", png(100))).status());
        RestApiHarness.Reply library = api.post("/api/chat/uploadAliyun").header("token", VISITOR_TOKEN)
                .multipart(new MultipartForm().file("img", "v.png", "image/png", png(100))).send();
        assertEquals(200, library.status(), library.text());

        for (String elsewhere : new String[] {"/api/chat/uploadStreamSingleToServerDiyX/v", "/api/chat/setPassword",
            "/api/chat/uploadAvatar"}) {
            RestApiHarness.Reply refused = api.post(elsewhere).header("token", VISITOR_TOKEN)
                    .multipart(file("v.png", "image/png", png(100))).send();
            assertEquals(400, refused.status(), elsewhere);
            assertEquals("VISITOR_FORBIDDEN", refused.code(), elsewhere);
        }
        assertEquals(2, core.media().count());
        assertEquals(400, upload("x", null, file("v.png", "image/png", png(100))).status(), "no token, no upload");
    }

    @Test
    void theImageLibraryAnswersTheSeedsArray() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/uploadAliyun?imageClassId=3").header("token", USER_TOKEN)
                .multipart(new MultipartForm().field("image_class_id", "9").file("img", "i.png", "image/png",
                        png(500))).send();

        assertEquals(200, reply.status(), reply.text());
        var image = reply.json().path("data").get(0);
        assertTrue(image.path("path").asText().matches("images/20240601/1717236000000_[0-9a-f]{12}\\.png"));
        assertEquals("http://127.0.0.1:" + api.port() + "/public/" + image.path("path").asText(),
                image.path("url").asText());
        assertEquals(3, image.path("image_class_id").asLong(), "the query wins, as in the seed");
        assertEquals(1717236000L, image.path("create_time").asLong());
        assertArrayEquals(png(500), fetch("GET", image.path("url").asText()).body());

        RestApiHarness.Reply fromForm = api.post("/api/chat/uploadAliyun").header("token", USER_TOKEN)
                .multipart(new MultipartForm().field("image_class_id", "9").file("img", "i.png", "image/png",
                        png(500))).send();
        assertEquals(9, fromForm.json().path("data").get(0).path("image_class_id").asLong());

        RestApiHarness.Reply notANumber = api.post("/api/chat/uploadAliyun").header("token", USER_TOKEN)
                .multipart(new MultipartForm().field("image_class_id", "x").file("img", "i.png", "image/png",
                        png(500))).send();
        assertEquals(422, notANumber.status());
        assertEquals("image_class_id", notANumber.field());
    }

    @Test
    void anUploadWithoutAFileNamesTheField() throws Exception {
        RestApiHarness.Reply noPart = upload("x", USER_TOKEN, new MultipartForm().field("note", "hi"));
        assertEquals(422, noPart.status(), noPart.text());
        assertEquals("file", noPart.field());

        RestApiHarness.Reply json = api.post("/api/chat/uploadStreamSingleToServerDiy/x").header("token", USER_TOKEN)
                .json("{\"file\":\"not a file\"}").send();
        assertEquals(422, json.status(), json.text());
        assertEquals("file", json.field());

        RestApiHarness.Reply library = api.post("/api/chat/uploadAliyun").header("token", USER_TOKEN)
                .multipart(new MultipartForm().field("image_class_id", "1")).send();
        assertEquals("img", library.field());

        RestApiHarness.Reply otherName = upload("x", USER_TOKEN,
                new MultipartForm().file("upload", "a.png", "image/png", png(64)));
        assertEquals(200, otherName.status(), "the first file whatever its field's name, as the seed took it");
    }

    @Test
    void aVideoCoverIsNotSupported() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/getVideoScreenshot").header("token", USER_TOKEN)
                .form("videoUrl=http%3A%2F%2Fhost%2Fpublic%2Fv.mp4&time=20&width=260").send();
        assertEquals(400, reply.status());
        assertEquals("NOT_SUPPORTED", reply.code());
    }

    @Test
    void addressesThatNameNoStoredFileAreNotFound() throws Exception {
        for (String path : new String[] {"/public/uploads/Diy/x/20240601/none.png", "/public/a/b.html",
            "/public/.staging/upload-1.part", "/public/"}) {
            HttpResponse<byte[]> missing = fetch("GET", "http://127.0.0.1:" + api.port() + path);
            assertEquals(404, missing.statusCode(), path);
        }
        assertEquals(404, api.raw("GET", "/public/..%2F..%2Fetc%2Fpasswd").status());
        assertEquals(404, api.raw("GET", "/public/uploads/../../etc/passwd.png").status());
    }
}
