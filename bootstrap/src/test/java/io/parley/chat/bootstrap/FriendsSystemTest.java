package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.bootstrap.HttpJson.Answer;
import io.parley.chat.bootstrap.MessagingSystemTest.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Becoming friends through the HTTP and WebSocket contract only, as a new user of a client would: find someone, ask,
 * be told, be accepted, chat; and every way that can be refused.
 */
class FriendsSystemTest {
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
        return newPerson(AccountsSystemTest.freshName());
    }

    private static Person newPerson(String username) {
        Answer login = http.post("/api/regChat", Map.of("username", username, "password", "secret1"));
        assertTrue(login.ok(), login.toString());
        JsonNode u = login.data();
        return new Person(u.path("id").asLong(), u.path("uuid").asText(), u.path("username").asText(),
                u.path("token").asText());
    }

    private static Answer apply(Person from, Person to, String text) {
        return http.post("/api/chat/applyfriend", Map.of("friend_id", to.id(), "nickname", text), from.auth());
    }

    /** The id of the pending request from {@code applicant} in the target's list. */
    private static long pendingRequestId(Person target, Person applicant) {
        Answer list = http.get("/api/chat/listapplyfriend/1", target.auth());
        assertTrue(list.ok(), list.toString());
        for (JsonNode row : list.data().path("alldata")) {
            if (row.path("user_id").asLong() == applicant.id() && "pending".equals(row.path("status").asText())) {
                return row.path("id").asLong();
            }
        }
        throw new AssertionError("no pending request from " + applicant.username() + " in " + list);
    }

    private static Answer handle(Person target, long requestId, String status, String remark) {
        return http.post("/api/chat/handleapply/" + requestId, Map.of("status", status, "nickname", remark),
                target.auth());
    }

    private static void befriend(Person applicant, Person target) {
        assertTrue(apply(applicant, target, "hi").ok());
        assertTrue(handle(target, pendingRequestId(target, applicant), "agree", "").ok());
    }

    private static void nickname(Person person, String nickname) {
        Answer saved = http.post("/api/chat/updateUserinfo", Map.of("fieldname", "nickname", "fieldValue", nickname),
                person.auth());
        assertTrue(saved.ok(), saved.toString());
    }

    private static Answer send(Person from, Person to, String text) {
        return http.post("/api/chat/socket/sendmessage", Map.of("sendto_id", to.id(), "chatType", "single",
                "type", "text", "data", text), from.auth());
    }

    @Test
    void findAskBeToldBeAcceptedAndChat() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        try (WsClient bobSocket = WsClient.connect(server.wsBase(), bob.token())) {
            bobSocket.nextOfType("system");

            Answer found = http.post("/api/chat/searchUser", Map.of("keyword", bob.username()), alice.auth());
            assertTrue(found.ok(), found.toString());
            assertEquals(bob.id(), found.data().get(0).path("id").asLong());

            assertTrue(apply(alice, bob, "hello, it's \"Alice\"").ok());
            JsonNode notice = bobSocket.nextOfType("singleChat").path("data");
            assertEquals("好友申请提醒", notice.path("from_name").asText());
            assertTrue(notice.path("data").path("data").asText().contains(alice.username()), notice.toString());

            Answer requests = http.get("/api/chat/listapplyfriend/1", bob.auth());
            assertEquals(1, requests.data().path("pendingCount").asLong());
            JsonNode request = requests.data().path("alldata").get(0);
            assertEquals("hello, it's \"Alice\"", request.path("nickname").asText(), "the applicant's words");
            assertEquals(alice.id(), request.path("user").path("id").asLong());
            Answer isApply = http.post("/api/chat/isApplyfriend/" + alice.uuid(), Map.of(), bob.auth());
            assertTrue(isApply.ok(), isApply.toString());

            assertTrue(handle(bob, request.path("id").asLong(), "agree", "Ali").ok());
            JsonNode nowFriends = bobSocket.nextOfType("singleChat").path("data");
            assertEquals("systemNotice", nowFriends.path("type").asText());
            assertEquals(alice.id(), nowFriends.path("from_id").asLong());
            assertEquals("我们已经是好友了，可以开始聊天了", nowFriends.path("data").path("data").asText());

            for (int i = 0; i < 3; i++) {
                Answer sent = send(alice, bob, "message " + i);
                assertTrue(sent.ok(), "friends write freely: " + sent);
                assertEquals("Ali", bobSocket.nextOfType("singleChat").path("data").path("from_name").asText(),
                        "the remark bob gave alice");
            }
        }
        try (WsClient aliceSocket = WsClient.connect(server.wsBase(), alice.token())) {
            JsonNode toAlice = aliceSocket.nextOfType("singleChat").path("data");
            assertEquals(bob.id(), toAlice.path("from_id").asLong(), "alice hears it from bob once she connects");
            assertEquals("systemNotice", toAlice.path("type").asText());
        }
        assertEquals(alice.id(), http.post("/api/chat/ismygoodfriend/" + alice.id(), Map.of(), bob.auth()).data()
                .path("friend_id").asLong());
    }

    @Test
    void refusedSelfDuplicateAndFriendsRequests() {
        Person carol = newPerson();
        Person dave = newPerson();
        assertEquals("SELF_NOT_ALLOWED", apply(carol, carol, "me").code());
        assertEquals("USER_NOT_FOUND", http.post("/api/chat/applyfriend", Map.of("friend_id", 987_654_321L),
                carol.auth()).code());
        assertTrue(apply(carol, dave, "hi").ok());
        assertEquals("REQUEST_PENDING", apply(carol, dave, "again").code());
        assertEquals("REQUEST_PENDING", apply(dave, carol, "the other way").code());

        long request = pendingRequestId(dave, carol);
        assertEquals("REQUEST_NOT_FOUND", handle(carol, request, "agree", "").code(), "only the target decides");
        assertTrue(handle(dave, request, "agree", "").ok());
        assertEquals("REQUEST_NOT_FOUND", handle(dave, request, "refuse", "").code(), "decided once");
        assertEquals("ALREADY_FRIENDS", apply(carol, dave, "again").code());
        assertEquals("VALIDATION_FAILED", http.post("/api/chat/applyfriend", Map.of("friend_id", "x"),
                carol.auth()).code());
    }

    @Test
    void aRefusalIsToldAndTheApplicantMayAskAgain() throws Exception {
        Person erin = newPerson();
        Person frank = newPerson();
        assertTrue(apply(erin, frank, "hi").ok());
        assertTrue(handle(frank, pendingRequestId(frank, erin), "refuse", "").ok());
        try (WsClient erinSocket = WsClient.connect(server.wsBase(), erin.token())) {
            JsonNode refused = erinSocket.nextOfType("singleChat").path("data");
            assertEquals(frank.username() + "拒绝了你的好友申请", refused.path("data").path("data").asText());
        }
        assertTrue(apply(erin, frank, "please").ok(), "a refused request may be made again");
    }

    @Test
    void deletingEndsItBothWaysAndAllowsANewRequest() {
        Person gina = newPerson();
        Person hugo = newPerson();
        befriend(gina, hugo);

        Answer deleted = http.post("/api/chat/deletegoodfriend/" + hugo.id(), Map.of(), gina.auth());
        assertTrue(deleted.ok(), deleted.toString());
        assertEquals("删除好友成功", deleted.data().asText());
        assertEquals("NOT_FRIENDS", http.post("/api/chat/ismygoodfriend/" + gina.id(), Map.of(), hugo.auth()).code());
        assertEquals("NOT_FRIENDS", http.post("/api/chat/deletegoodfriend/" + hugo.id(), Map.of(), gina.auth())
                .code());
        assertTrue(apply(hugo, gina, "again?").ok());
    }

    @Test
    void theContactListGroupsByPinyinInitialWithEverythingElseLast() {
        Person owner = newPerson();
        Map<String, String> nicknames = Map.of("张三", "Z", "alice", "A", "9lives", "#", "😀smile", "#",
                "Bob", "B");
        for (String name : nicknames.keySet()) {
            Person friend = newPerson();
            nickname(friend, name);
            befriend(owner, friend);
        }
        Answer empty = http.get("/api/chat/goodfriendlist/1", newPerson().auth());
        assertTrue(empty.data().path("rows").isArray() && empty.data().path("rows").isEmpty(), empty.toString());

        JsonNode rows = http.get("/api/chat/goodfriendlist/1", owner.auth()).data().path("rows");
        List<String> titles = new ArrayList<>();
        rows.path("indexList").forEach(title -> titles.add(title.asText()));
        assertEquals(List.of("A", "B", "Z", "#"), titles);
        for (JsonNode group : rows.path("newList")) {
            for (JsonNode friend : group.path("list")) {
                assertEquals(nicknames.get(friend.path("name").asText()), group.path("title").asText(),
                        friend.toString());
                assertEquals(0, friend.path("isblack").asInt());
            }
        }
        assertEquals(5, rows.path("total").asInt());
    }

    @Test
    void visitorsReachOnlyTheFriendEndpointsOfTheirAllowList() {
        String device = Visitors.newDeviceId();
        long now = System.currentTimeMillis();
        Answer visitor = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of("uniplatform", "web")),
                Visitors.signatureHeader(device, now));
        Map<String, String> auth = Map.of("token", visitor.data().path("token").asText());
        Person user = newPerson();

        for (String refused : List.of("/api/chat/searchUser", "/api/chat/isApplyfriend/" + user.uuid(),
                "/api/chat/handleapply/1", "/api/chat/setstargoodfriend/" + user.id(),
                "/api/chat/setmeOrfriendCanSee/" + user.id())) {
            assertEquals("VISITOR_FORBIDDEN", http.post(refused, Map.of(), auth).code(), refused);
        }
        for (String refused : List.of("/api/chat/listapplyfriend/1", "/api/chat/goodfriendlist/1",
                "/api/chat/getgoodfriendinfo/" + user.id())) {
            assertEquals("VISITOR_FORBIDDEN", http.get(refused, auth).code(), refused);
        }
        Answer info = http.post("/api/chat/getUserSetInfo", Map.of("userid", user.id()), auth);
        assertTrue(info.ok(), info.toString());
        assertFalse(info.data().path("isgoodfriend").asBoolean());
        Answer applied = http.post("/api/chat/applyfriend", Map.of("friend_id", user.id()), auth);
        assertTrue(applied.ok(), "a visitor may ask a user: " + applied);
    }
}
