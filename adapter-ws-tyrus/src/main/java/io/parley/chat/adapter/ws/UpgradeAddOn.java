package io.parley.chat.adapter.ws;

import java.util.function.Supplier;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;

/** Puts an {@link UpgradeFilter} right before the HTTP handler of each listener it is registered on. */
final class UpgradeAddOn implements AddOn {
    private final Supplier<UpgradeFilter> filters;

    UpgradeAddOn(Supplier<UpgradeFilter> filters) {
        this.filters = filters;
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int httpHandler = builder.indexOfType(HttpServerFilter.class);
        if (httpHandler < 0) {
            throw new IllegalStateException("listener '" + listener.getName() + "' has no HTTP handler to share with /ws");
        }
        builder.add(httpHandler, filters.get());
    }
}
