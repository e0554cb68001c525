package io.parley.chat.adapter.rest;

import io.parley.chat.domain.media.MediaPath;
import java.net.URI;

/**
 * The address a stored file is served at: {@code /public/<path>} on the host and port the client reached us by, so
 * that a peer can open it as it is (the seed's absolute form).
 */
final class PublicUrls {
    static final String PREFIX = "public";

    private PublicUrls() {
    }

    /** @param base the request's base URI, {@code http://host:port/} */
    static String of(URI base, MediaPath path) {
        String root = base.toString();
        return (root.endsWith("/") ? root : root + "/") + PREFIX + "/" + path;
    }
}
