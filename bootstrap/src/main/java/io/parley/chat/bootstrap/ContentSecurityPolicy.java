package io.parley.chat.bootstrap;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.message.SystemNotices;
import io.parley.chat.domain.user.User;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the web client's page may load: its own scripts and styles (no inline code at all), pictures from this server
 * ({@code /public}, the QR codes), {@code data:} and the hosts of the default avatars the server hands out; requests
 * to this server and its WebSocket only. No frames, plugins, forms posting elsewhere or {@code <base>} tricks.
 */
final class ContentSecurityPolicy {
    /** The origins of the avatars every account, group and notice starts with (the seed's). */
    static final Set<String> AVATAR_ORIGINS = originsOf(User.DEFAULT_AVATAR, Group.DEFAULT_AVATAR,
            SystemNotices.SYSTEM_AVATAR, SystemNotices.REQUEST_AVATAR);

    private ContentSecurityPolicy() {
    }

    /**
     * The policy for a page served to {@code host} (the request's Host header, when it is a plain host and port).
     * {@code 'self'} covers same-origin WebSockets in CSP 3; the explicit {@code ws:}/{@code wss:} origins keep older
     * browsers working.
     */
    static String forHost(Optional<String> host) {
        String sockets = host.map(h -> " ws://" + h + " wss://" + h).orElse("");
        return "default-src 'none'; "
                + "script-src 'self'; "
                + "style-src 'self'; "
                + "img-src 'self' data: " + String.join(" ", AVATAR_ORIGINS) + "; "
                + "connect-src 'self'" + sockets + "; "
                + "manifest-src 'self'; "
                + "base-uri 'none'; "
                + "form-action 'none'; "
                + "frame-ancestors 'none'";
    }

    private static Set<String> originsOf(String... urls) {
        Set<String> origins = new TreeSet<>();
        Stream.of(urls).map(URI::create).forEach(uri -> origins.add(uri.getScheme() + "://" + uri.getAuthority()));
        return origins;
    }
}
