package io.parley.chat.bootstrap;

import io.parley.chat.bootstrap.WebAssets.Asset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;

/**
 * Serves the browser client at {@code /} on the API's own listener. Only {@code GET /} (the page) and
 * {@code /app/...} (its scripts, styles and pictures) are answered here; every other path, {@code /api},
 * {@code /public} and {@code /ws} included, still goes to the REST adapter's handler (the WebSocket upgrade never
 * reaches a handler: the ws adapter's filter takes it first). The page names its files under {@code /app/<version>/}, so they are cached for a year and a new build is
 * fetched at once; the page itself is revalidated on every visit ({@code no-cache} with an ETag).
 */
final class WebClient extends HttpHandler {
    static final String ASSETS = "/app/";
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final String ALLOW = "GET, HEAD";
    /** What a Host header may hold to be named in the policy (a name or address and a port). */
    private static final Pattern PLAIN_HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final WebAssets assets;
    private final Asset page;

    private WebClient(WebAssets assets, String visitorSalt) {
        this.assets = assets;
        String template = new String(assets.find(WebAssets.INDEX)
                .orElseThrow(() -> new IllegalStateException("the web client has no " + WebAssets.INDEX))
                .bytes(), StandardCharsets.UTF_8);
        String html = template
                .replace("{{assets}}", ASSETS + assets.version())
                .replace("{{visitorSalt}}", escapeHtml(visitorSalt));
        this.page = Asset.of(WebAssets.INDEX, html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds the client to {@code server} (before it starts). The page carries the visitor salt in a meta tag: the
     * signed visitor registration needs it, and it is shared with every client anyway (docs/configuration.md).
     *
     * <p>Grizzly's mapper has no exact mapping for the context root: {@code /} always reaches the root handler, the
     * REST adapter's. So that handler is put behind {@link PageAtRoot}, which answers {@code GET /} and {@code HEAD /}
     * itself and passes every other request on untouched; {@code /app/*} is an ordinary prefix mapping.
     */
    static void mount(HttpServer server, WebAssets assets, String visitorSalt) {
        WebClient client = new WebClient(assets, visitorSalt);
        ServerConfiguration config = server.getServerConfiguration();
        Map<HttpHandler, HttpHandlerRegistration[]> mapped = config.getHttpHandlersWithMapping();
        HttpHandler root = mapped.entrySet().stream()
                .filter(entry -> Arrays.asList(entry.getValue()).contains(HttpHandlerRegistration.ROOT))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the server has no root handler to serve the client beside"));
        config.removeHttpHandler(root);
        config.addHttpHandler(new PageAtRoot(client, root), HttpHandlerRegistration.ROOT);
        config.addHttpHandler(client, HttpHandlerRegistration.builder().contextPath("").urlPattern(ASSETS + "*").build());
    }

    /** {@code /} is the page; anything else is the wrapped root handler's, with that handler's own settings. */
    private static final class PageAtRoot extends HttpHandler {
        private final WebClient client;
        private final HttpHandler root;

        PageAtRoot(WebClient client, HttpHandler root) {
            super(root.getName());
            this.client = client;
            this.root = root;
            setAllowEncodedSlash(root.isAllowEncodedSlash());
            setAllowCustomStatusMessage(root.isAllowCustomStatusMessage());
            setRequestURIEncoding(root.getRequestURIEncoding());
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            if ("/".equals(request.getRequestURI())
                    && (request.getMethod() == Method.GET || request.getMethod() == Method.HEAD)) {
                client.service(request, response);
            } else {
                root.service(request, response);
            }
        }

        @Override
        public RequestExecutorProvider getRequestExecutorProvider() {
            return root.getRequestExecutorProvider();
        }

        @Override
        public void start() {
            root.start();
        }

        @Override
        public void destroy() {
            root.destroy();
        }
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        Method method = request.getMethod();
        if (method != Method.GET && method != Method.HEAD) {
            response.setHeader("Allow", ALLOW);
            response.sendError(405);
            return;
        }
        String path = request.getRequestURI();
        Optional<Served> served = resolve(path);
        if (served.isEmpty()) {
            response.sendError(404);
            return;
        }
        Asset asset = served.get().asset();
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.forHost(plainHost(request)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", served.get().cacheControl());
        response.setHeader("ETag", asset.etag());
        if (matches(request.getHeader("If-None-Match"), asset.etag())) {
            response.setStatus(304);
            return;
        }
        response.setContentType(asset.contentType());
        response.setContentLength(asset.bytes().length);
        if (method == Method.GET) {
            response.getOutputStream().write(asset.bytes());
        }
    }

    private record Served(Asset asset, String cacheControl) {
    }

    private Optional<Served> resolve(String path) {
        if (path.equals("/") || path.isEmpty()) {
            return Optional.of(new Served(page, REVALIDATE));
        }
        if (!path.startsWith(ASSETS)) {
            return Optional.empty();
        }
        String rest = path.substring(ASSETS.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String version = rest.substring(0, slash);
        String name = rest.substring(slash + 1);
        if (name.equals(WebAssets.INDEX)) {
            return Optional.empty();
        }
        // a page of an older build may still ask for its files: answer the current ones, but never for a year
        String cache = version.equals(assets.version()) ? CACHE_FOREVER : REVALIDATE;
        return assets.find(name).map(asset -> new Served(asset, cache));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> plainHost(Request request) {
        String host = request.getHeader("Host");
        return host != null && PLAIN_HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
