package io.parley.chat.adapter.ws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** A real Grizzly server on a free loopback port: a trivial HTTP handler plus our {@code /ws}. */
final class RunningServer implements AutoCloseable {
    static {
        // Grizzly and Tyrus log through java.util.logging; route them to the test's logback configuration
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    final HttpServer http;
    final NetworkListener listener;
    final LocalConnections connections = new LocalConnections();
    final WsServer ws;

    private RunningServer(WsSettings settings, int keepAliveSeconds) {
        http = new HttpServer();
        listener = new NetworkListener("test", "127.0.0.1", 0);
        listener.getKeepAlive().setIdleTimeoutInSeconds(keepAliveSeconds);
        http.addListener(listener);
        http.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                response.setContentType("text/plain");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("http:" + request.getRequestURI());
            }
        }, "/");
        ws = WsServer.attach(http, new FakeAuthenticate(), connections, settings);
        try {
            http.start();
        } catch (IOException cannotBind) {
            throw new UncheckedIOException(cannotBind);
        }
    }

    static RunningServer start(WsSettings settings) {
        return new RunningServer(settings, 30);
    }

    static RunningServer startWithKeepAlive(WsSettings settings, int keepAliveSeconds) {
        return new RunningServer(settings, keepAliveSeconds);
    }

    URI http(String path) {
        return URI.create("http://127.0.0.1:" + listener.getPort() + path);
    }

    URI ws(String query) {
        return URI.create("ws://127.0.0.1:" + listener.getPort() + "/ws" + (query.isEmpty() ? "" : "?" + query));
    }

    @Override
    public void close() {
        ws.shutdown();
        http.shutdownNow();
    }
}
