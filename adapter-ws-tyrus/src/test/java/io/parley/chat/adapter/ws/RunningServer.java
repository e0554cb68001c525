package io.parley.chat.adapter.ws;

import static org.mockito.Mockito.mock;

import io.parley.chat.application.port.in.AcknowledgeMessagesUseCase;
import io.parley.chat.application.port.in.MarkReadUseCase;
import io.parley.chat.application.port.in.SendMessageUseCase;
import io.parley.chat.application.port.in.UserConnectedUseCase;
import io.parley.chat.application.port.in.UserDisconnectedUseCase;
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

/**
 * A real Grizzly server on a free loopback port: a trivial HTTP handler plus our {@code /ws}, with
 * {@link FakeAuthenticate} and Mockito mocks of the messaging use cases (a test stubs and verifies them).
 */
final class RunningServer implements AutoCloseable {
    static {
        // Grizzly and Tyrus log through java.util.logging; route them to the test's logback configuration
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    final HttpServer http;
    final NetworkListener listener;
    final LocalConnections connections = new LocalConnections();
    final SendMessageUseCase sendMessage = mock(SendMessageUseCase.class);
    final UserConnectedUseCase userConnected = mock(UserConnectedUseCase.class);
    final UserDisconnectedUseCase userDisconnected = mock(UserDisconnectedUseCase.class);
    final AcknowledgeMessagesUseCase acknowledgeMessages = mock(AcknowledgeMessagesUseCase.class);
    final MarkReadUseCase markRead = mock(MarkReadUseCase.class);
    final WsServer ws;

    private RunningServer(WsSettings settings, int keepAliveSeconds, OutboxLimits outboxLimits) {
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
        ws = WsServer.attach(http, new WsServer.UseCases(new FakeAuthenticate(), sendMessage, userConnected,
                userDisconnected, acknowledgeMessages, markRead), connections, settings, outboxLimits);
        try {
            http.start();
        } catch (IOException cannotBind) {
            throw new UncheckedIOException(cannotBind);
        }
    }

    static RunningServer start(WsSettings settings) {
        return new RunningServer(settings, 30, OutboxLimits.DEFAULT);
    }

    static RunningServer startWithKeepAlive(WsSettings settings, int keepAliveSeconds) {
        return new RunningServer(settings, keepAliveSeconds, OutboxLimits.DEFAULT);
    }

    static RunningServer startWithOutboxLimits(WsSettings settings, OutboxLimits outboxLimits) {
        return new RunningServer(settings, 30, outboxLimits);
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
