package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.bootstrap.HttpJson.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the server hands out the web client: the page at {@code /}, its files under {@code /app/<version>/} with
 * their types and caching, the Content-Security-Policy, and that none of it takes a path of the API, the media or
 * the WebSocket.
 */
class WebClientSystemTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/app/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z0-9-]+\\.js)'");

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.with(Map.of("PARLEY_VISITOR_SALT", "salt-with-\"quotes\"-&-<tags>"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.httpBase() + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void thePageIsServedAtTheRootAndRevalidatedOnEveryVisit() {
        HttpResponse<String> page = get("/", Map.of());
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", header(page, "Content-Type"));
        assertEquals("no-cache", header(page, "Cache-Control"));
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"/app/"), page.body());
        // the visitor salt is written into the page, escaped
        assertTrue(page.body().contains("content=\"salt-with-&quot;quotes&quot;-&amp;-&lt;tags&gt;\""), page.body());

        String etag = header(page, "ETag");
        assertTrue(etag.startsWith("\""), etag);
        HttpResponse<String> again = get("/", Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void thePolicyAllowsOnlyThisServerAndTheDefaultAvatars() {
        String policy = header(get("/", Map.of()), "Content-Security-Policy");
        String host = URI.create(server.httpBase()).getAuthority();
        assertTrue(policy.startsWith("default-src 'none'; "), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("style-src 'self';"), policy);
        assertTrue(policy.contains("img-src 'self' data: https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com;"), policy);
        assertTrue(policy.contains("connect-src 'self' ws://" + host + " wss://" + host + ";"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("base-uri 'none'"), policy);
        assertFalse(policy.contains("unsafe"), "no inline script or style, no eval: " + policy);
    }

    @Test
    void everyFileThePageNeedsIsServedWithItsTypeAndCachedForAYear() {
        String page = get("/", Map.of()).body();
        Set<String> seen = new HashSet<>();
        Deque<String> toFetch = new ArrayDeque<>();
        Matcher assets = ASSET.matcher(page);
        while (assets.find()) {
            toFetch.add(assets.group(1));
        }
        assertTrue(toFetch.size() >= 3, "the page names its icon, style and script: " + toFetch);
        while (!toFetch.isEmpty()) {
            String path = toFetch.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> file = get(path, Map.of());
            assertEquals(200, file.statusCode(), path);
            assertEquals(WebClient.CACHE_FOREVER, header(file, "Cache-Control"), path);
            String type = header(file, "Content-Type");
            if (path.endsWith(".js")) {
                assertEquals("text/javascript; charset=utf-8", type, path);
                // and every module it imports, so that no import names a missing file
                Matcher imports = IMPORT.matcher(file.body());
                while (imports.find()) {
                    toFetch.add(path.substring(0, path.lastIndexOf('/') + 1) + imports.group(1));
                }
            } else if (path.endsWith(".css")) {
                assertEquals("text/css; charset=utf-8", type, path);
            } else if (path.endsWith(".svg")) {
                assertEquals("image/svg+xml", type, path);
            }
            HttpResponse<String> revalidated = get(path, Map.of("If-None-Match", header(file, "ETag")));
            assertEquals(304, revalidated.statusCode(), path);
        }
        assertTrue(seen.stream().anyMatch(path -> path.endsWith("/js/socket.js")), seen.toString());
    }

    @Test
    void filesOfAnotherVersionAreServedButNotCachedAndUnknownOnesAreNotFound() {
        String script = ASSET.matcher(get("/", Map.of()).body()).results().map(m -> m.group(1))
                .filter(path -> path.endsWith("main.js")).findFirst().orElseThrow();
        String version = script.split("/")[2];
        HttpResponse<String> older = get("/app/0123456789ab/js/main.js", Map.of());
        assertNotEquals("0123456789ab", version);
        assertEquals(200, older.statusCode());
        assertEquals("no-cache", header(older, "Cache-Control"));

        for (String missing : new String[] {"/app/" + version + "/js/nothing.js", "/app/" + version + "/index.html",
                "/app/" + version + "/../pom.xml", "/app/", "/index.html"}) {
            HttpResponse<String> answer = get(missing, Map.of());
            assertEquals(404, answer.statusCode(), missing);
            assertTrue(answer.body().contains("\"code\":\"NOT_FOUND\""), missing + " " + answer.body());
        }
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(server.httpBase() + script))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", header(post, "Allow"));
    }

    @Test
    void theApiTheMediaAndTheWebSocketKeepTheirPaths() throws Exception {
        HttpJson http = new HttpJson(server.httpBase());
        Answer registered = http.post("/api/regChat", Map.of("username", "web_" + UUID.randomUUID().toString()
                .substring(0, 8), "password", "secret1"));
        assertTrue(registered.ok(), registered.toString());
        Answer noToken = http.post("/api/chat/logout", Map.of());
        assertEquals("TOKEN_MISSING", noToken.code());
        assertEquals(404, http.get("/public/uploads/none.png", Map.of()).status());
        HttpResponse<String> rootPost = send(HttpRequest.newBuilder(URI.create(server.httpBase() + "/"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertNotEquals(200, rootPost.statusCode(), "only GET and HEAD of / are the page");
        try (WsClient socket = WsClient.connect(server.wsBase(), registered.data().path("token").asText())) {
            assertEquals("system", socket.next().path("type").asText());
        }
    }
}
