package io.parley.chat.adapter.ws;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.CloseListener;
import org.glassfish.grizzly.CloseType;
import org.glassfish.grizzly.Closeable;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.util.Parameters;
import org.glassfish.grizzly.utils.IdleTimeoutFilter;
import org.glassfish.tyrus.core.RequestContext;
import org.glassfish.tyrus.core.TyrusUpgradeResponse;
import org.glassfish.tyrus.core.Utils;
import org.glassfish.tyrus.spi.UpgradeRequest;
import org.glassfish.tyrus.spi.UpgradeResponse;
import org.glassfish.tyrus.spi.WebSocketEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits in an HTTP listener's filter chain just before the HTTP handler. A WebSocket upgrade for our path is handed
 * to Tyrus's engine and the connection becomes a {@link Wire}; every other request goes on to the HTTP handler
 * untouched, so REST and WebSocket share one port (the seed's clients derive one URL from the other).
 */
final class UpgradeFilter extends BaseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeFilter.class);
    private static final Attribute<Wire> WIRE =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(UpgradeFilter.class.getName() + ".wire");

    private final String path;
    private final WebSocketEngine engine;
    private final WireHandoff handoff;
    private final Wires wires;
    private final Function<Connection<?>, Wire> newWire;

    UpgradeFilter(String path, WebSocketEngine engine, WireHandoff handoff, Wires wires,
                  Function<Connection<?>, Wire> newWire) {
        this.path = path;
        this.engine = engine;
        this.handoff = handoff;
        this.wires = wires;
        this.newWire = newWire;
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        Connection<?> connection = ctx.getConnection();
        HttpContent content = ctx.getMessage();
        Wire wire = WIRE.get(connection);
        if (wire != null) {
            receive(wire, content.getContent());
            return ctx.getStopAction();
        }
        HttpHeader header = content.getHttpHeader();
        if (!header.isRequest() || !isUpgradeForUs((HttpRequestPacket) header)) {
            return ctx.getInvokeAction();
        }
        return upgrade(ctx, content, (HttpRequestPacket) header);
    }

    private static void receive(Wire wire, Buffer data) {
        try {
            if (data.hasRemaining()) {
                wire.receive(data.toByteBuffer());
            }
        } catch (RuntimeException broken) {
            // this connection alone pays for it
            LOG.warn("closing {} after a failure while reading", wire, broken);
            wire.terminate();
        }
    }

    private boolean isUpgradeForUs(HttpRequestPacket request) {
        return UpgradeRequest.WEBSOCKET.equalsIgnoreCase(request.getUpgrade()) && path.equals(request.getRequestURI());
    }

    private NextAction upgrade(FilterChainContext ctx, HttpContent content, HttpRequestPacket request) {
        if (!wires.accepting()) {
            respond(ctx, request, 503, Map.of(), true);
            return ctx.getStopAction();
        }
        Connection<?> connection = ctx.getConnection();
        Wire wire = newWire.apply(connection);
        String key = handoff.offer(wire);
        UpgradeResponse response = new TyrusUpgradeResponse();
        WebSocketEngine.UpgradeInfo upgrade;
        try {
            upgrade = engine.upgrade(upgradeRequest(request, key), response);
        } finally {
            handoff.withdraw(key);
        }
        switch (upgrade.getStatus()) {
            case SUCCESS:
                // not the last content: for an upgrade request the HTTP codec would close the connection after it
                respond(ctx, request, response.getStatus(), response.getHeaders(), false);
                // the heartbeat decides when a socket is idle, not the HTTP keep-alive timer
                IdleTimeoutFilter.setCustomTimeout(connection, -1, TimeUnit.MILLISECONDS);
                WIRE.set(connection, wire);
                wires.add(wire);
                connection.addCloseListener(new WireCloser(wire));
                wire.attach(upgrade.createConnection(new WireWriter(wire), reason -> wire.closeTransport()));
                // frames a client sent right behind its handshake arrive as content of the upgrade request
                receive(wire, content.getContent());
                return ctx.getStopAction();
            case HANDSHAKE_FAILED:
                respond(ctx, request, response.getStatus(), response.getHeaders(), true);
                return ctx.getStopAction();
            default:
                return ctx.getInvokeAction();
        }
    }

    /** Tells the wire when Grizzly has closed its connection, whichever side began. */
    private static final class WireCloser implements CloseListener<Closeable, CloseType> {
        private final Wire wire;

        WireCloser(Wire wire) {
            this.wire = wire;
        }

        @Override
        public void onClosed(Closeable closeable, CloseType type) {
            wire.transportClosed();
        }
    }

    private static RequestContext upgradeRequest(HttpRequestPacket request, String handoffKey) {
        RequestContext upgrade = RequestContext.Builder.create()
                .requestURI(URI.create(request.getRequestURI()))
                .queryString(request.getQueryString())
                .parameterMap(queryParameters(request))
                .secure(request.isSecure())
                .remoteAddr(request.getRemoteAddress())
                .serverAddr(request.getLocalHost() == null ? request.getLocalAddress() : request.getLocalHost())
                .serverPort(request.getLocalPort())
                .build();
        Map<String, List<String>> headers = upgrade.getHeaders();
        for (String name : request.getHeaders().names()) {
            for (String value : request.getHeaders().values(name)) {
                headers.computeIfAbsent(name, any -> new ArrayList<>()).addAll(Utils.parseHeaderValue(value.trim()));
            }
        }
        headers.put(WireHandoff.HEADER, List.of(handoffKey));
        return upgrade;
    }

    private static Map<String, String[]> queryParameters(HttpRequestPacket request) {
        Parameters parameters = new Parameters();
        parameters.setQuery(request.getQueryStringDC());
        parameters.setQueryStringEncoding(StandardCharsets.UTF_8);
        Map<String, String[]> byName = new HashMap<>();
        for (String name : parameters.getParameterNames()) {
            byName.put(name, parameters.getParameterValues(name));
        }
        return byName;
    }

    private static void respond(FilterChainContext ctx, HttpRequestPacket request, int status,
                                Map<String, List<String>> headers, boolean last) {
        HttpResponsePacket response = request.getResponse();
        response.setProtocol(Protocol.HTTP_1_1);
        response.setStatus(status);
        headers.forEach((name, values) -> response.setHeader(name, String.join(", ", values)));
        if (last) {
            response.setContentLength(0);
        }
        ctx.write(HttpContent.builder(response).last(last).build());
    }
}
