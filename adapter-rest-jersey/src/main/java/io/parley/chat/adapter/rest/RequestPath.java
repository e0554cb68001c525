package io.parley.chat.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;

/**
 * The decoded path of a request as access decisions see it. The chat auth and the visitor allow-list decide on
 * this text before routing, so a path that routing might read differently (dot segments, doubled or encoded
 * slashes, matrix parameters) is refused outright instead of being interpreted twice.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** {@code /api/chat/logout} for {@code http://host/api/chat/logout?token=...}. */
    static String of(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        return path.startsWith("/") ? path : "/" + path;
    }

    static boolean isCanonical(ContainerRequestContext request) {
        String raw = request.getUriInfo().getPath(false).toLowerCase(Locale.ROOT);
        if (raw.contains("%2f") || raw.contains("%5c") || raw.contains(";") || raw.contains("%3b")) {
            return false;
        }
        String decoded = of(request);
        if (decoded.indexOf('\\') >= 0) {
            return false;
        }
        String[] segments = decoded.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code path} is {@code prefix} or lies below it, segment by segment ({@code /a/b} is not under {@code /a/bc}). */
    static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }
}
