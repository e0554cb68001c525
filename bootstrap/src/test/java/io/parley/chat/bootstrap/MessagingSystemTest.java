package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One-to-one chat against the real server on its embedded default: the message is stored before the sender hears
 * "ok", reaches the recipient live or on the next connect, and leaves the inbox only when delivered.
 */
class MessagingSystemTest {
    /** Set by the class's own start; a subclass hides it to run the same tests on another database. */
    static TestServer server;
    static HttpJson http;

    @BeforeAll
    static void start() {
        server = TestServer.embedded();
        http = new HttpJson(server.httpBase());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A registered user with its login result. */
    record Person(long id, String uuid, String username, String token) {
        Map<String, String> auth() {
            return Map.of("token", token);
        }
    }

    static Person newPerson() {
        Answer login = http.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(),
                "password", "secret1"));
        assertTrue(login.ok(), login.toString());
        JsonNode u = login.data();
        return new Person(u.path("id").asLong(), u.path("uuid").asText(), u.path("username").asText(),
                u.path("token").asText());
    }

    static Answer send(Person from, Person to, String text, String clientMsgId) {
        Map<String, Object> body = new HashMap<>();
        body.put("sendto_id", to.id());
        body.put("chatType", "single");
        body.put("type", "text");
        body.put("data", text);
        body.put("options", "%7B%22k%22%3A%22v%2Bw%22%7D");
        if (clientMsgId != null) {
            body.put("client_msg_id", clientMsgId);
        }
        return http.post("/api/chat/socket/sendmessage", body, from.auth());
    }

    static void acceptEveryone(Person person) {
        Answer saved = http.post("/api/chat/userset", Map.of("userset",
                "{\"chatset\":{\"user\":{\"sendCount\":2,\"needFollow\":false}}}"), person.auth());
        assertTrue(saved.ok(), saved.toString());
    }

    static WsClient connect(Person person, boolean ackMode) throws InterruptedException {
        WsClient socket = WsClient.connect(server.wsBase(), person.token() + (ackMode ? "&ack=1" : ""));
        socket.nextOfType("system");
        return socket;
    }

    @Test
    void anOnlineRecipientGetsTheMessageWithEveryField() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        try (WsClient bobSocket = connect(bob, false)) {
            Answer sent = send(alice, bob, "{\"data\":\"hi\",\"dataType\":false,\"otherData\":null}", "c-1");
            assertTrue(sent.ok(), sent.toString());
            JsonNode frame = bobSocket.nextOfType("singleChat");
            JsonNode message = frame.path("data");
            assertTrue(frame.path("timestamp").asLong() > 0);
            assertEquals(sent.data().path("id").asText(), message.path("id").asText());
            assertEquals(36, message.path("id").asText().length());
            assertEquals(alice.id(), message.path("from_id").asLong());
            assertEquals(alice.username(), message.path("from_name").asText());
            assertFalse(message.path("from_avatar").asText().isEmpty());
            assertEquals(alice.uuid(), message.path("sendUUid").asText());
            assertEquals(bob.id(), message.path("to_id").asLong());
            assertEquals(bob.username(), message.path("to_name").asText());
            assertFalse(message.path("to_avatar").asText().isEmpty());
            assertEquals("single", message.path("chatType").asText());
            assertEquals("text", message.path("type").asText());
            assertEquals("{\"data\":\"hi\",\"dataType\":false,\"otherData\":null}", message.path("data").asText());
            assertEquals("v+w", message.path("options").path("k").asText(), "options arrive URI-decoded as JSON");
            assertTrue(message.path("create_time").asLong() > 0);
            assertEquals(0, message.path("isremove").asInt());
            assertEquals(1, message.path("seq").asLong());
            assertEquals("c-1", message.path("client_msg_id").asText());
        }
    }

    @Test
    void anOfflineRecipientGetsTheMessageOnConnect() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        acceptEveryone(bob);
        String first = send(alice, bob, "one", null).data().path("id").asText();
        String second = send(alice, bob, "two", null).data().path("id").asText();
        try (WsClient bobSocket = connect(bob, false)) {
            assertEquals(first, bobSocket.nextOfType("singleChat").path("data").path("id").asText());
            assertEquals(second, bobSocket.nextOfType("singleChat").path("data").path("id").asText());
        }
        // the server removes an entry once the socket took the frame; give that a moment before looking again
        sleep(200);
        try (WsClient again = connect(bob, false)) {
            again.sendText("{\"type\":\"ping\"}");
            again.nextOfType("pong");
            assertTrue(again.pollOfType("singleChat", 300) == null,
                    "a message written to a legacy socket counts as delivered");
        }
    }

    @Test
    void drainingTheInboxWithoutASocketLosesNothing() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        String id = send(alice, bob, "while away", null).data().path("id").asText();
        assertTrue(http.post("/api/chat/chatGetmessageOffLine", Map.of(), bob.auth()).ok(),
                "#21 with no socket registered");
        try (WsClient bobSocket = connect(bob, false)) {
            assertEquals(id, bobSocket.nextOfType("singleChat").path("data").path("id").asText(),
                    "nothing was deleted that was not delivered (G-H1)");
            sleep(200);
            assertTrue(http.post("/api/chat/chatGetmessageOffLine", Map.of(), bob.auth()).ok(),
                    "#21 with the socket registered: nothing is left to send");
            bobSocket.sendText("{\"type\":\"ping\"}");
            bobSocket.nextOfType("pong");
            assertTrue(bobSocket.pollOfType("singleChat", 300) == null);
        }
    }

    @Test
    void inAckModeAMessageComesAgainUntilAcknowledged() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        String id;
        try (WsClient bobSocket = connect(bob, true)) {
            id = send(alice, bob, "ack me", null).data().path("id").asText();
            assertEquals(id, bobSocket.nextOfType("singleChat").path("data").path("id").asText());
            // the connection drops before the client acknowledges
        }
        try (WsClient bobSocket = connect(bob, true)) {
            assertEquals(id, bobSocket.nextOfType("singleChat").path("data").path("id").asText(),
                    "unacknowledged: pushed again on the next connect");
            bobSocket.sendText("{\"type\":\"ack\",\"ids\":[\"" + id + "\"]}");
            // a pong comes at once, before the queued ack is stored; a send is queued behind the ack, so its
            // answer says the ack was stored (this one is refused: nobody has that id)
            bobSocket.sendText("{\"type\":\"send\",\"client_msg_id\":\"after-ack\",\"params\":{\"sendto_id\":"
                    + Long.MAX_VALUE / 2 + ",\"chatType\":\"single\",\"type\":\"text\",\"data\":\"x\"}}");
            assertEquals("after-ack", bobSocket.nextOfType("fail").path("client_msg_id").asText());
        }
        try (WsClient bobSocket = connect(bob, true)) {
            bobSocket.sendText("{\"type\":\"ping\"}");
            bobSocket.nextOfType("pong");
            assertTrue(bobSocket.pollOfType("singleChat", 300) == null, "acknowledged: never again");
        }
    }

    @Test
    void aLargeInboxArrivesWholeInOrderAndOnceOnConnect() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        acceptEveryone(bob);
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            waiting.add(send(alice, bob, "m" + i, null).data().path("id").asText());
        }
        try (WsClient bobSocket = connect(bob, true)) {
            List<String> received = new ArrayList<>();
            for (int i = 0; i < waiting.size(); i++) {
                received.add(bobSocket.nextOfType("singleChat").path("data").path("id").asText());
            }
            assertEquals(waiting, received, "more than one window's worth, oldest first, none twice");
            bobSocket.sendText("{\"type\":\"ping\"}");
            bobSocket.nextOfType("pong");
            assertTrue(bobSocket.pollOfType("singleChat", 300) == null, "nothing more");
        }
    }

    @Test
    void resendingWithTheSameClientIdStoresAndDeliversOnce() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        acceptEveryone(bob);
        try (WsClient bobSocket = connect(bob, false)) {
            String clientId = "c-" + UUID.randomUUID();
            Answer first = send(alice, bob, "once", clientId);
            Answer again = send(alice, bob, "once", clientId);
            assertTrue(again.ok(), again.toString());
            assertEquals(first.data().path("id").asText(), again.data().path("id").asText());
            assertEquals(first.data().path("seq").asLong(), again.data().path("seq").asLong());
            bobSocket.nextOfType("singleChat");
            bobSocket.sendText("{\"type\":\"ping\"}");
            bobSocket.nextOfType("pong");
            assertTrue(bobSocket.pollOfType("singleChat", 300) == null, "the repeat was not delivered again");
        }
    }

    @Test
    void aMessageCanBeSentOverTheWebSocket() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        try (WsClient aliceSocket = connect(alice, false); WsClient bobSocket = connect(bob, false)) {
            aliceSocket.sendText("{\"type\":\"send\",\"client_msg_id\":\"w-1\",\"params\":{\"sendto_id\":" + bob.id()
                    + ",\"chatType\":\"single\",\"type\":\"text\",\"data\":\"over ws\"}}");
            JsonNode sent = aliceSocket.nextOfType("sent");
            assertEquals("w-1", sent.path("client_msg_id").asText());
            JsonNode received = bobSocket.nextOfType("singleChat").path("data");
            assertEquals(sent.path("data").path("id").asText(), received.path("id").asText());
            assertEquals("over ws", received.path("data").asText());

            aliceSocket.sendText("{\"type\":\"send\",\"client_msg_id\":\"w-2\",\"params\":{\"sendto_id\":" + bob.id()
                    + ",\"chatType\":\"single\",\"type\":\"text\",\"data\":\"second\"}}");
            JsonNode refused = aliceSocket.nextOfType("fail");
            assertEquals("w-2", refused.path("client_msg_id").asText());
            assertEquals("ONE_MESSAGE_LIMIT", refused.path("code").asText());
        }
    }

    @Test
    void aStrangerMayWriteOnceUntilTheRecipientReplies() {
        Person stranger = newPerson();
        Person bob = newPerson();
        assertTrue(send(stranger, bob, "hello?", null).ok());
        Answer second = send(stranger, bob, "hello??", null);
        assertEquals(400, second.status());
        assertEquals("ONE_MESSAGE_LIMIT", second.code());
        assertEquals("在成为好友之前，对方只允许向他发一条消息", second.data().asText());
        assertTrue(send(bob, stranger, "yes?", null).ok(), "the recipient replies");
        assertTrue(send(stranger, bob, "thanks!", null).ok(), "a reply opens the conversation for good");
    }

    @Test
    void followingAndBlockingChangeWhoMayWrite() {
        Person fan = newPerson();
        Person star = newPerson();
        assertTrue(http.post("/api/chat/userset", Map.of("userset",
                "{\"chatset\":{\"user\":{\"sendCount\":2,\"needFollow\":true}}}"), star.auth()).ok());
        assertEquals("FOLLOW_REQUIRED", send(fan, star, "hi", null).code());
        assertTrue(http.post("/api/chat/follow/" + star.id(), Map.of(), fan.auth()).ok());
        assertTrue(send(fan, star, "hi", null).ok());
        Answer fans = http.get("/api/chat/fanslist/1", star.auth());
        assertEquals(1, fans.data().path("count").asLong());
        assertEquals(fan.uuid(), fans.data().path("rows").get(0).path("uuid").asText());

        assertTrue(http.post("/api/chat/block/" + fan.id(), Map.of(), star.auth()).ok());
        Answer blocked = send(fan, star, "still there?", null);
        assertEquals("BLACKLISTED", blocked.code());
        assertEquals(1, http.get("/api/chat/blocklist", star.auth()).data().path("count").asLong());
        assertTrue(http.post("/api/chat/unblock/" + fan.id(), Map.of(), star.auth()).ok());
        assertTrue(send(fan, star, "back", null).ok());
    }

    @Test
    void anUnknownRecipientIsRefused() {
        Person alice = newPerson();
        Answer refused = http.post("/api/chat/socket/sendmessage", Map.of("sendto_id", 987_654_321,
                "chatType", "single", "type", "text", "data", "anyone?"), alice.auth());
        assertEquals("RECIPIENT_UNAVAILABLE", refused.code());
        Answer missing = http.post("/api/chat/socket/sendmessage", Map.of("chatType", "single", "type", "text",
                "data", "to whom?"), alice.auth());
        assertEquals(422, missing.status());
        assertEquals("sendto_id", missing.body().path("field").asText());
    }

    @Test
    void notesToSelfAreKept() {
        Person alice = newPerson();
        Answer note = send(alice, alice, "remember the milk", null);
        assertTrue(note.ok(), note.toString());
        assertTrue(send(alice, alice, "and the eggs", null).ok());
    }

    @Test
    void historyPagesNewestFirstAndOnlyForParticipants() {
        Person alice = newPerson();
        Person bob = newPerson();
        acceptEveryone(bob);
        for (int i = 1; i <= 5; i++) {
            assertTrue(send(alice, bob, "m" + i, null).ok());
        }
        Answer newest = http.get("/api/chat/history?chatType=single&id=" + bob.id() + "&limit=2", alice.auth());
        assertTrue(newest.ok(), newest.toString());
        assertEquals(2, newest.data().path("rows").size());
        assertEquals(5, newest.data().path("rows").get(0).path("seq").asLong());
        assertEquals(4, newest.data().path("rows").get(1).path("seq").asLong());
        assertTrue(newest.data().path("has_more").asBoolean());
        Answer older = http.get("/api/chat/history?chatType=single&id=" + alice.id() + "&before_seq=2&limit=2",
                bob.auth());
        assertEquals(1, older.data().path("rows").size(), "bob reads the same conversation from his side");
        assertEquals("m1", older.data().path("rows").get(0).path("data").asText());
        assertFalse(older.data().path("has_more").asBoolean());

        Person eve = newPerson();
        Answer eves = http.get("/api/chat/history?chatType=single&id=" + bob.id(), eve.auth());
        assertEquals(0, eves.data().path("rows").size(), "eve sees only her own conversation with bob: none");
        Answer badLimit = http.get("/api/chat/history?chatType=single&id=" + bob.id() + "&limit=0", alice.auth());
        assertEquals(422, badLimit.status());
        assertEquals("limit", badLimit.body().path("field").asText());
    }

    @Test
    void conversationsCountUnreadUntilRead() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        acceptEveryone(bob);
        send(alice, bob, "one", null);
        send(alice, bob, "two", null);
        JsonNode conversation = http.get("/api/chat/conversations", bob.auth()).data().get(0);
        assertEquals("single", conversation.path("chatType").asText());
        assertEquals(alice.id(), conversation.path("id").asLong());
        assertEquals(alice.username(), conversation.path("name").asText());
        assertEquals(2, conversation.path("unread").asLong());
        assertEquals("two", conversation.path("last_message").path("data").asText());
        try (WsClient aliceSocket = connect(alice, false)) {
            assertTrue(http.post("/api/chat/read", Map.of("chatType", "single", "id", alice.id(), "seq", 2),
                    bob.auth()).ok());
            JsonNode receipt = aliceSocket.nextOfType("read").path("data");
            assertEquals(bob.id(), receipt.path("reader_id").asLong());
            assertEquals(2, receipt.path("seq").asLong());
        }
        assertEquals(0, http.get("/api/chat/conversations", bob.auth()).data().get(0).path("unread").asLong());
    }

    @Test
    void theSenderMayRecallAndThePeerIsTold() throws Exception {
        Person alice = newPerson();
        Person bob = newPerson();
        try (WsClient bobSocket = connect(bob, false)) {
            String id = send(alice, bob, "oops", null).data().path("id").asText();
            bobSocket.nextOfType("singleChat");
            Answer notBySender = http.post("/api/chat/revokeMessage", Map.of("id", id), bob.auth());
            assertEquals("NOT_MESSAGE_SENDER", notBySender.code());
            Answer recalled = http.post("/api/chat/revokeMessage", Map.of("id", id, "to_id", bob.id(),
                    "chatType", "single"), alice.auth());
            assertTrue(recalled.ok(), recalled.toString());
            assertEquals("revoke", recalled.data().path("actionType").asText());
            JsonNode notice = bobSocket.nextOfType("singleChat").path("data");
            assertEquals(id, notice.path("id").asText(), "the notice carries the recalled message's id");
            assertEquals("systemNotice", notice.path("type").asText());
            assertEquals("revoke", notice.path("actionType").asText());
            assertEquals(alice.username() + "撤回了一条消息", notice.path("data").path("data").asText());
            JsonNode inHistory = http.get("/api/chat/history?chatType=single&id=" + alice.id(), bob.auth())
                    .data().path("rows").get(0);
            assertEquals(1, inHistory.path("isremove").asInt());
            assertEquals("", inHistory.path("data").asText());
        }
    }

    @Test
    void aMessageCannotBeRecalledAfterTheWindow() {
        try (TestServer quick = TestServer.with(Map.of("PARLEY_RECALL_WINDOW", "PT0.2S"))) {
            HttpJson quickHttp = new HttpJson(quick.httpBase());
            Answer a = quickHttp.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(),
                    "password", "secret1"));
            Answer b = quickHttp.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(),
                    "password", "secret1"));
            Map<String, String> aliceAuth = Map.of("token", a.data().path("token").asText());
            Answer sent = quickHttp.post("/api/chat/socket/sendmessage", Map.of("sendto_id",
                    b.data().path("id").asLong(), "chatType", "single", "type", "text", "data", "too late"),
                    aliceAuth);
            sleep(400);
            Answer late = quickHttp.post("/api/chat/revokeMessage", Map.of("id", sent.data().path("id").asText()),
                    aliceAuth);
            assertEquals("RECALL_WINDOW_PASSED", late.code());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void sleep(long millis) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(millis);
    }
}
