package io.parley.chat.application.service;

import io.parley.chat.domain.shared.JsonString;

/**
 * The texts QR codes carry (API.md c.3 #33, j.9): the H5 client's URL forms, taken as the seed builds them (the
 * client's origin as given, the title already encoded, nothing else encoded), and the app's JSON forms, built by hand
 * because the core has no JSON library — names in them are escaped as RFC 8259 asks.
 */
final class QrCodeTexts {
    /** {@code 群介绍}, URI-encoded as the seed's client expects it. */
    private static final String GROUP_TITLE = "%E7%BE%A4%E4%BB%8B%E7%BB%8D";
    /** {@code 用户介绍}, URI-encoded. */
    private static final String USER_TITLE = "%E7%94%A8%E6%88%B7%E4%BB%8B%E7%BB%8D";
    private static final String PAGE = "#/pages/setpageInfo/setpageInfo";

    private QrCodeTexts() {
    }

    static String groupUrl(String origin, long groupId) {
        return origin + PAGE + "?action=autoAddGroup&title=" + GROUP_TITLE + "&id=" + groupId + "&chatType=group";
    }

    static String groupJson(long groupId, String name) {
        return "{\"id\":" + groupId + ",\"name\":" + JsonString.quoted(name) + "}";
    }

    static String userUrl(String origin, String uuid) {
        return origin + PAGE + "?action=autoAddFriend&title=" + USER_TITLE + "&uuid=" + uuid + "&chatType=single";
    }

    static String userJson(String uuid, String name) {
        return "{\"type\":\"user\",\"uuid\":" + JsonString.quoted(uuid) + ",\"name\":" + JsonString.quoted(name) + "}";
    }
}
