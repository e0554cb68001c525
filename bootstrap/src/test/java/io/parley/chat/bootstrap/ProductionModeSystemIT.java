package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.ExternalService;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production deployment: two server nodes on one PostgreSQL database and one Redis, as behind a load balancer.
 * A session started on one node is honoured and ended on the other, rate limits are shared, and the WebSocket works
 * on both.
 */
class ProductionModeSystemIT {
    private static PostgreSqlSchema schema;
    private static TestServer nodeA;
    private static TestServer nodeB;

    @BeforeAll
    static void startTwoNodes() {
        ExternalService.require("Redis", "127.0.0.1", 6379);
        schema = PostgreSqlSchema.create();
        Map<String, String> production = new HashMap<>();
        production.put("PARLEY_DB_URL", schema.jdbcUrl());
        production.put("PARLEY_DB_USER", schema.user());
        production.put("PARLEY_REDIS_URL", "redis://127.0.0.1:6379/0");
        production.put("PARLEY_JWT_SECRET", "a-shared-secret-of-more-than-32-bytes-for-tests");
        // the per-address counter lives an hour in the shared Redis: repeated runs must not exhaust it
        production.put("PARLEY_VISITOR_RATE_PER_ADDRESS", "1000000");
        nodeA = TestServer.with(production);
        nodeB = TestServer.with(production);
    }

    @AfterAll
    static void stopAndDrop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void aSessionIsSharedByEveryNode() {
        HttpJson a = new HttpJson(nodeA.httpBase());
        HttpJson b = new HttpJson(nodeB.httpBase());
        String name = AccountsSystemTest.freshName();
        Answer registered = a.post("/api/regChat", Map.of("username", name, "password", "secret1"));
        assertTrue(registered.ok(), registered.toString());
        Map<String, String> firstToken = Map.of("token", registered.data().path("token").asText());
        assertTrue(b.post("/api/chat/userset", Map.of("userset", "{}"), firstToken).ok(),
                "a token issued by node A works on node B");

        Answer secondLogin = b.post("/api/loginChat", Map.of("username", name, "password", "secret1"));
        assertTrue(secondLogin.ok(), secondLogin.toString());
        assertEquals("TOKEN_INVALID", a.post("/api/chat/userset", Map.of("userset", "{}"), firstToken).code(),
                "a login on node B ends the session node A had issued");

        Map<String, String> secondToken = Map.of("token", secondLogin.data().path("token").asText());
        assertTrue(a.post("/api/chat/logout", Map.of(), secondToken).ok());
        assertEquals("TOKEN_INVALID", b.post("/api/chat/userset", Map.of("userset", "{}"), secondToken).code(),
                "a logout on node A is seen by node B");
    }

    @Test
    void visitorRateLimitsAreSharedByEveryNode() {
        String device = Visitors.newDeviceId();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            HttpJson node = new HttpJson((i % 2 == 0 ? nodeA : nodeB).httpBase());
            Answer answer = node.post("/api/visitorRegister", Visitors.body(device, now, Map.of()),
                    Visitors.signatureHeader(device, now));
            assertTrue(answer.ok(), answer.toString());
        }
        Answer sixth = new HttpJson(nodeB.httpBase()).post("/api/visitorRegister", Visitors.body(device, now,
                Map.of()), Visitors.signatureHeader(device, now));
        assertEquals("RATE_LIMITED", sixth.code());
    }

    @Test
    void theWebSocketAuthenticatesAgainstTheSharedSession() throws Exception {
        Answer login = new HttpJson(nodeA.httpBase()).post("/api/regChat",
                Map.of("username", AccountsSystemTest.freshName(), "password", "secret1"));
        try (WsClient socket = WsClient.connect(nodeB.wsBase(), login.data().path("token").asText())) {
            assertEquals("system", socket.next().path("type").asText());
            socket.sendText("{\"type\":\"ping\"}");
            socket.nextOfType("pong");
        }
    }

    @Test
    void messagesAreStoredInPostgreSqlAndDeliveredOnConnect() throws Exception {
        HttpJson a = new HttpJson(nodeA.httpBase());
        Answer alice = a.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(), "password",
                "secret1"));
        Answer bob = a.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(), "password",
                "secret1"));
        Answer sent = a.post("/api/chat/socket/sendmessage", Map.of("sendto_id", bob.data().path("id").asLong(),
                "chatType", "single", "type", "text", "data", "stored in PostgreSQL", "client_msg_id", "pg-1"),
                Map.of("token", alice.data().path("token").asText()));
        assertTrue(sent.ok(), sent.toString());
        assertEquals(1, sent.data().path("seq").asLong());
        Answer again = new HttpJson(nodeB.httpBase()).post("/api/chat/socket/sendmessage", Map.of("sendto_id",
                bob.data().path("id").asLong(), "chatType", "single", "type", "text", "data", "stored in PostgreSQL",
                "client_msg_id", "pg-1"), Map.of("token", alice.data().path("token").asText()));
        assertEquals(sent.data().path("id").asText(), again.data().path("id").asText(),
                "a resend through the other node finds the stored message");
        try (WsClient socket = WsClient.connect(nodeB.wsBase(), bob.data().path("token").asText())) {
            socket.nextOfType("system");
            assertEquals(sent.data().path("id").asText(), socket.nextOfType("singleChat").path("data").path("id")
                    .asText(), "the offline message waits in the database and arrives on connect");
        }
    }
}
