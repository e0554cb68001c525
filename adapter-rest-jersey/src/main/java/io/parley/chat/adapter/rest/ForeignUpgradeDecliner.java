package io.parley.chat.adapter.rest;

import java.util.Locale;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents.IncomingHttpUpgradeEvent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Treats a request that offers any upgrade but WebSocket (the {@code h2c} that HttpClient and curl offer) as the
 * plain HTTP/1.1 request it is; a server may ignore {@code Upgrade} (RFC 9110 7.8). Left alone, Grizzly takes every
 * {@code Upgrade} header for an upgrade in progress: it stops framing the body by Content-Length or chunks (a body
 * read then waits for the client to hang up), writes the answer without its Content-Type, and closes the connection.
 *
 * <p>Grizzly's HTTP codec announces the upgrade with an event before it decides how the body is framed; the filter
 * placed right after the codec withdraws the upgrade at that moment. WebSocket upgrades pass untouched.
 */
final class ForeignUpgradeDecliner implements AddOn {
    private static final String WEBSOCKET = "websocket";

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(HttpServerFilter.class);
        if (codec < 0) {
            throw new IllegalStateException("no HTTP codec on listener " + listener.getName());
        }
        builder.add(codec + 1, new DeclineFilter());
    }

    private static final class DeclineFilter extends BaseFilter {
        @Override
        public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) {
            if (event.type() == IncomingHttpUpgradeEvent.TYPE) {
                HttpHeader request = ((IncomingHttpUpgradeEvent) event).getHttpHeader();
                if (!request.getUpgrade().toLowerCase(Locale.ROOT).contains(WEBSOCKET)) {
                    request.getUpgradeDC().recycle();
                    request.setIgnoreContentModifiers(false);
                }
            }
            return ctx.getInvokeAction();
        }
    }
}
