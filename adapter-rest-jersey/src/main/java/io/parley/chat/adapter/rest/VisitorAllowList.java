package io.parley.chat.adapter.rest;

import java.util.List;

/**
 * What a caller whose token says {@code visitor} may call over HTTP (API.md c.1, j.2 and j.9 "Visitors"): an exact
 * method and a path that is the entry or lies below it. Everything else under {@code /api/chat} is refused with
 * {@code VISITOR_FORBIDDEN}.
 */
final class VisitorAllowList {
    private static final List<Entry> ENTRIES = List.of(
            // the seed's six
            post("/api/chat/socket/sendmessage"),
            post("/api/chat/chatGetmessageOffLine"),
            get("/api/chat/grouplist"),
            get("/api/chat/groupinfo"),
            post("/api/chat/groupnickname"),
            post("/api/chat/groupDeleteOrQuit"),
            // the later client's additions
            get("/api/chat/groupQrcode"),
            post("/api/chat/uploadStreamSingleToServerDiy"),
            post("/api/chat/uploadAliyun"),
            post("/api/chat/getVideoScreenshot"),
            post("/api/chat/revokeMessage"),
            post("/api/chat/updateUserinfo"),
            post("/api/chat/groupInviteUser"),
            post("/api/chat/getUserSetInfo"),
            post("/api/chat/applyfriend"),
            post("/api/chat/autoAddFriendAndAgree"),
            post("/api/chat/ismygoodfriend"),
            post("/api/chat/userset"),
            post("/api/chat/deletegoodfriend"),
            // Parley's (j.2, j.9)
            get("/api/chat/history"),
            post("/api/chat/logout"),
            post("/api/chat/follow"),
            post("/api/chat/unfollow"),
            get("/api/chat/followlist"),
            get("/api/chat/fanslist"),
            post("/api/chat/block"),
            post("/api/chat/unblock"),
            get("/api/chat/blocklist"),
            get("/api/chat/conversations"),
            post("/api/chat/read"),
            get("/api/chat/userQrcode"));

    private VisitorAllowList() {
    }

    /** Whether a visitor may call {@code method} on {@code path} (a decoded path with a leading slash). */
    static boolean admits(String method, String path) {
        for (Entry entry : ENTRIES) {
            if (entry.method().equals(method) && RequestPath.isUnder(path, entry.path())) {
                return true;
            }
        }
        return false;
    }

    private static Entry get(String path) {
        return new Entry("GET", path);
    }

    private static Entry post(String path) {
        return new Entry("POST", path);
    }

    private record Entry(String method, String path) {
    }
}
