package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitorAllowListTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // the seed's list, the later client's, Parley's own
        "POST, /api/chat/socket/sendmessage, true",
        "POST, /api/chat/chatGetmessageOffLine, true",
        "GET, /api/chat/grouplist/1, true",
        "GET, /api/chat/groupinfo/12, true",
        "POST, /api/chat/groupnickname, true",
        "POST, /api/chat/groupDeleteOrQuit, true",
        "GET, /api/chat/groupQrcode/12, true",
        "POST, /api/chat/uploadStreamSingleToServerDiy/avatars, true",
        "POST, /api/chat/uploadAliyun, true",
        "POST, /api/chat/getVideoScreenshot, true",
        "POST, /api/chat/revokeMessage, true",
        "POST, /api/chat/updateUserinfo, true",
        "POST, /api/chat/groupInviteUser, true",
        "POST, /api/chat/getUserSetInfo, true",
        "POST, /api/chat/applyfriend, true",
        "POST, /api/chat/autoAddFriendAndAgree, true",
        "POST, /api/chat/ismygoodfriend/3, true",
        "POST, /api/chat/userset, true",
        "POST, /api/chat/deletegoodfriend/3, true",
        "GET, /api/chat/history, true",
        "POST, /api/chat/logout, true",
        "POST, /api/chat/follow/3, true",
        "POST, /api/chat/unfollow/3, true",
        "GET, /api/chat/followlist/1, true",
        "GET, /api/chat/fanslist/1, true",
        "POST, /api/chat/block/3, true",
        "POST, /api/chat/unblock/3, true",
        "GET, /api/chat/blocklist, true",
        "GET, /api/chat/conversations, true",
        "POST, /api/chat/read, true",
        "GET, /api/chat/userQrcode, true",
        "POST, /api/chat/logout/, true",
        // the method is part of the entry
        "GET, /api/chat/logout, false",
        "POST, /api/chat/grouplist/1, false",
        "HEAD, /api/chat/history, false",
        // an entry admits itself and what lies below it, never a longer name
        "POST, /api/chat/blockX, false",
        "GET, /api/chat/blocklistX, false",
        "POST, /api/chat/followers, false",
        "POST, /api/chat/readall, false",
        "POST, /api/chat/usersetting, false",
        // registered users only
        "POST, /api/chat/setPassword, false",
        "POST, /api/chat/searchUser, false",
        "POST, /api/chat/group/create, false",
        "POST, /api/chat/groupUpdateName, false",
        "POST, /api/chat/groupremark, false",
        "POST, /api/chat/groupDeleteUser, false",
        "POST, /api/chat/groupAddUserSet, false",
        "POST, /api/chat/groupAgreeOrNo, false",
        "POST, /api/chat/groupMuteUser, false",
        "GET, /api/chat/grouplistX/1, false",
        "POST, /api/chat/handleapply/3, false",
        "GET, /api/chat/goodfriendlist/1, false",
        "POST, /api/chat/isApplyfriend/8f1c2a1e-1111-4222-8333-944455556666, false",
        "GET, /api/chat/listapplyfriend/1, false",
        "GET, /api/chat/getgoodfriendinfo/3, false",
        "POST, /api/chat/setstargoodfriend/3, false",
        "POST, /api/chat/setmeOrfriendCanSee/3, false",
        "POST, /api/chat, false"})
    void admitsExactlyTheListedCalls(String method, String path, boolean admitted) {
        assertEquals(admitted, VisitorAllowList.admits(method, path));
    }
}
