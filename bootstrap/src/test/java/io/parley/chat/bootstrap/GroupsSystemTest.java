package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.parley.chat.bootstrap.HttpJson.Answer;
import io.parley.chat.bootstrap.MessagingSystemTest.Person;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Group chat through the HTTP and WebSocket contract only: create from contacts, everyone told, messages fanned out
 * (an offline member gets them on reconnect), the owner's powers and the members' limits, joining under each policy,
 * kick, quit, dissolve, and the QR code as a phone would read it.
 */
class GroupsSystemTest {
    private static TestServer server;
    private static HttpJson http;

    @BeforeAll
    static void start() {
        server = TestServer.embedded();
        http = new HttpJson(server.httpBase());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Person newPerson() {
        Answer login = http.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(),
                "password", "secret1"));
        assertTrue(login.ok(), login.toString());
        JsonNode u = login.data();
        return new Person(u.path("id").asLong(), u.path("uuid").asText(), u.path("username").asText(),
                u.path("token").asText());
    }

    /** Makes them friends; returns the id of the owner's contact entry for the friend (what #22 takes). */
    private static long befriend(Person owner, Person friend) {
        assertTrue(http.post("/api/chat/applyfriend", Map.of("friend_id", owner.id()), friend.auth()).ok());
        JsonNode request = http.get("/api/chat/listapplyfriend/1", owner.auth()).data().path("alldata").get(0);
        assertTrue(http.post("/api/chat/handleapply/" + request.path("id").asLong(), Map.of("status", "agree"),
                owner.auth()).ok());
        for (JsonNode group : http.get("/api/chat/goodfriendlist/1", owner.auth()).data().path("rows")
                .path("newList")) {
            for (JsonNode row : group.path("list")) {
                if (row.path("friend_id").asLong() == friend.id()) {
                    return row.path("id").asLong();
                }
            }
        }
        throw new AssertionError(friend.username() + " is not in the contacts of " + owner.username());
    }

    /** The owner's new group with these friends; its id, from the N-3 notice the owner's socket receives. */
    private static long createGroup(Person owner, Person... friends) throws Exception {
        List<Long> entries = new ArrayList<>();
        for (Person friend : friends) {
            entries.add(befriend(owner, friend));
        }
        try (WsClient socket = WsClient.connect(server.wsBase(), owner.token())) {
            socket.nextOfType("system");
            assertTrue(http.post("/api/chat/group/create", Map.of("userIds", entries), owner.auth()).ok());
            JsonNode created = nextGroupMessage(socket);
            assertEquals("systemNotice", created.path("type").asText());
            return created.path("group").path("id").asLong();
        }
    }

    private static JsonNode nextGroupMessage(WsClient socket) throws InterruptedException {
        while (true) {
            JsonNode message = socket.nextOfType("singleChat").path("data");
            if ("group".equals(message.path("chatType").asText())) {
                return message;
            }
        }
    }

    private static Answer sendToGroup(Person from, long group, String text) {
        return http.post("/api/chat/socket/sendmessage", Map.of("sendto_id", group, "chatType", "group",
                "type", "text", "data", text), from.auth());
    }

    private static Answer join(Person caller, long group, Person joiner) {
        Map<String, Object> body = new HashMap<>();
        body.put("group_id", group);
        body.put("user_id", joiner.id());
        body.put("inviteuser_id", caller.id() == joiner.id() ? -1 : caller.id());
        return http.post("/api/chat/groupInviteUser", body, caller.auth());
    }

    private static Answer policy(Person owner, long group, int value) {
        return http.post("/api/chat/groupAddUserSet", Map.of("group_id", group, "addGroupSet", value), owner.auth());
    }

    @Test
    void everyoneIsToldAndAnOfflineMemberGetsTheChatOnReconnect() throws Exception {
        Person owner = newPerson();
        Person online = newPerson();
        Person offline = newPerson();
        long group;
        try (WsClient onlineSocket = WsClient.connect(server.wsBase(), online.token())) {
            onlineSocket.nextOfType("system");
            group = createGroup(owner, online, offline);
            JsonNode created = nextGroupMessage(onlineSocket);
            assertEquals(group, created.path("group").path("id").asLong());
            assertTrue(created.path("data").path("data").asText().endsWith("创建了一个群，大家可以开始聊天了"),
                    created.toString());

            Answer sent = sendToGroup(owner, group, "hello all");
            assertTrue(sent.ok(), sent.toString());
            JsonNode live = nextGroupMessage(onlineSocket);
            assertEquals("hello all", live.path("data").asText());
            assertEquals(owner.id(), live.path("from_id").asLong());
            assertEquals(group, live.path("to_id").asLong());
        }
        try (WsClient later = WsClient.connect(server.wsBase(), offline.token())) {
            later.nextOfType("system");
            assertEquals(group, nextGroupMessage(later).path("group").path("id").asLong(), "N-3 waited");
            assertEquals("hello all", nextGroupMessage(later).path("data").asText(), "and the chat after it");
        }
        JsonNode history = http.get("/api/chat/history?chatType=group&id=" + group, offline.auth()).data();
        assertEquals("hello all", history.path("rows").get(0).path("data").asText());
        assertEquals("NOT_GROUP_MEMBER", http.get("/api/chat/history?chatType=group&id=" + group,
                newPerson().auth()).code());
    }

    @Test
    void aMemberSendsToTheGroupOverTheWebSocket() throws Exception {
        Person owner = newPerson();
        Person member = newPerson();
        long group = createGroup(owner, member);
        try (WsClient ownerSocket = WsClient.connect(server.wsBase(), owner.token());
                WsClient memberSocket = WsClient.connect(server.wsBase(), member.token())) {
            ownerSocket.nextOfType("system");
            memberSocket.nextOfType("system");
            nextGroupMessage(memberSocket); // N-3

            memberSocket.sendText("{\"type\":\"send\",\"client_msg_id\":\"g-1\",\"params\":{\"sendto_id\":"
                    + group + ",\"chatType\":\"group\",\"type\":\"text\",\"data\":\"over the socket\"}}");
            JsonNode sent = memberSocket.nextOfType("sent");
            assertEquals("g-1", sent.path("client_msg_id").asText());
            assertEquals(group, sent.path("data").path("group").path("id").asLong());

            JsonNode received = nextGroupMessage(ownerSocket);
            assertEquals("over the socket", received.path("data").asText());
            assertEquals(sent.path("data").path("id").asText(), received.path("id").asText());
        }
    }

    @Test
    void theOwnerRenamesAndAnnouncesMembersMayNot() throws Exception {
        Person owner = newPerson();
        Person member = newPerson();
        long group = createGroup(owner, member);

        assertTrue(http.post("/api/chat/groupUpdateName", Map.of("id", group, "name", "周末爬山"), owner.auth()).ok());
        assertTrue(http.post("/api/chat/groupremark", Map.of("id", group, "remark", "八点集合"), owner.auth()).ok());
        assertEquals("NOT_GROUP_OWNER", http.post("/api/chat/groupUpdateName", Map.of("id", group, "name", "mine"),
                member.auth()).code());
        assertEquals("NOT_GROUP_OWNER", http.post("/api/chat/groupremark", Map.of("id", group, "remark", "x"),
                member.auth()).code());

        JsonNode info = http.get("/api/chat/groupinfo/" + group, newPerson().auth()).data();
        assertEquals("周末爬山", info.path("name").asText(), "anyone may look: " + info);
        assertEquals("八点集合", info.path("remark").asText());
    }

    @Test
    void joiningUnderEachPolicy() throws Exception {
        Person owner = newPerson();
        Person member = newPerson();
        long group = createGroup(owner, member);

        Person open = newPerson();
        assertEquals("加群成功", join(open, group, open).data().asText(), "policy 0: in at once");

        assertTrue(policy(owner, group, 1).ok());
        Person waiting = newPerson();
        assertEquals("等待群主同意", join(member, group, waiting).data().asText(), "invited by a member");
        assertEquals("NOT_GROUP_MEMBER", sendToGroup(waiting, group, "too early").code(), "not in before approval");
        assertTrue(http.post("/api/chat/groupAgreeOrNo", Map.of("group_id", group, "user_id", waiting.id(),
                "type", "agree"), owner.auth()).ok());
        assertTrue(sendToGroup(waiting, group, "thanks").ok());
        Person rejected = newPerson();
        assertEquals("等待群主同意", join(rejected, group, rejected).data().asText());
        assertTrue(http.post("/api/chat/groupAgreeOrNo", Map.of("group_id", group, "user_id", rejected.id(),
                "type", "no"), owner.auth()).ok());
        assertEquals("NOT_GROUP_MEMBER", sendToGroup(rejected, group, "hello?").code());
        Person invitedByOwner = newPerson();
        assertEquals("加群成功", join(owner, group, invitedByOwner).data().asText(), "the owner invites directly");

        assertTrue(policy(owner, group, 2).ok());
        String device = Visitors.newDeviceId();
        long now = System.currentTimeMillis();
        Answer visitorLogin = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                Visitors.signatureHeader(device, now));
        Person visitor = new Person(visitorLogin.data().path("id").asLong(), visitorLogin.data().path("uuid").asText(),
                visitorLogin.data().path("username").asText(), visitorLogin.data().path("token").asText());
        assertEquals("LOGIN_REQUIRED", join(visitor, group, visitor).code(), "policy 2: visitors log in first");
        Person user = newPerson();
        assertEquals("加群成功", join(user, group, user).data().asText(), "policy 2: users join");

        Person outsider = newPerson();
        assertEquals("NOT_GROUP_MEMBER", join(outsider, group, newPerson()).code(), "outsiders add nobody");
        assertEquals("VALIDATION_FAILED", http.post("/api/chat/groupInviteUser", Map.of("group_id", group,
                "user_id", outsider.id(), "inviteuser_id", owner.id()), member.auth()).code(),
                "the inviter named must be the caller");
    }

    @Test
    void kickedQuitAndDissolved() throws Exception {
        Person owner = newPerson();
        Person kicked = newPerson();
        Person quitter = newPerson();
        Person stays = newPerson();
        long group = createGroup(owner, kicked, quitter, stays);

        try (WsClient kickedSocket = WsClient.connect(server.wsBase(), kicked.token())) {
            kickedSocket.nextOfType("system");
            nextGroupMessage(kickedSocket); // N-3, waiting since the group was made
            assertTrue(http.post("/api/chat/groupDeleteUser", Map.of("group_id", group, "user_id", kicked.id()),
                    owner.auth()).ok());
            JsonNode told = nextGroupMessage(kickedSocket);
            assertTrue(told.path("data").path("data").asText().contains("移出了群聊"), told.toString());
        }
        assertEquals("NOT_GROUP_MEMBER", sendToGroup(kicked, group, "still here?").code());

        assertTrue(http.post("/api/chat/groupDeleteOrQuit", Map.of("id", group), quitter.auth()).ok());
        assertEquals("NOT_GROUP_MEMBER", sendToGroup(quitter, group, "bye").code());

        assertTrue(http.post("/api/chat/groupDeleteOrQuit", Map.of("id", group), owner.auth()).ok());
        assertEquals("GROUP_DISSOLVED", sendToGroup(stays, group, "anyone?").code());
        assertEquals("GROUP_DISSOLVED", sendToGroup(owner, group, "gone").code());
    }

    @Test
    void theQrCodeReadsAsTheContractSays() throws Exception {
        Person owner = newPerson();
        Person member = newPerson();
        long group = createGroup(owner, member);
        assertTrue(http.post("/api/chat/groupUpdateName", Map.of("id", group, "name", "读书会"), owner.auth()).ok());

        assertEquals("{\"id\":" + group + ",\"name\":\"读书会\"}",
                qrText("/api/chat/groupQrcode/" + group + "?token=" + member.token()));
        assertEquals("http://192.168.2.6:8081#/pages/setpageInfo/setpageInfo?action=autoAddGroup"
                + "&title=%E7%BE%A4%E4%BB%8B%E7%BB%8D&id=" + group + "&chatType=group",
                qrText("/api/chat/groupQrcode/" + group + "?type=H5&http=http://192.168.2.6:8081&chatType=group&token="
                        + member.token()));
        assertEquals("NOT_GROUP_MEMBER", http.get("/api/chat/groupQrcode/" + group, newPerson().auth()).code(),
                "only members get the code");
    }

    /** Fetches a PNG and reads it the way a phone's scanner would. */
    private static String qrText(String path) throws Exception {
        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.httpBase() + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
