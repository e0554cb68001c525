package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.parley.chat.application.contract.ExternalService;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production deployment: two server nodes on one PostgreSQL database and one Redis, as behind a load balancer.
 * A session started on one node is honoured and ended on the other, rate limits are shared, the WebSocket works
 * on both, a message reaches its recipient on the other node, and a new socket on one node kicks the old one on the
 * other.
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

    @Test
    void aMessageReachesItsRecipientConnectedToTheOtherNode() throws Exception {
        HttpJson a = new HttpJson(nodeA.httpBase());
        Answer alice = a.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(), "password",
                "secret1"));
        Answer bob = a.post("/api/regChat", Map.of("username", AccountsSystemTest.freshName(), "password",
                "secret1"));
        try (WsClient onB = WsClient.connect(nodeB.wsBase(), bob.data().path("token").asText())) {
            onB.nextOfType("system");
            awaitPresence(bob.data().path("id").asLong());
            Answer sent = a.post("/api/chat/socket/sendmessage", Map.of("sendto_id", bob.data().path("id").asLong(),
                    "chatType", "single", "type", "text", "data", "across nodes"),
                    Map.of("token", alice.data().path("token").asText()));
            assertTrue(sent.ok(), sent.toString());

            assertEquals(sent.data().path("id").asText(), onB.nextOfType("singleChat").path("data").path("id")
                    .asText(), "sent through node A, pushed by node B over the bus");
        }
    }

    @Test
    void aNewSocketOnOneNodeKicksTheOldOneOnTheOther() throws Exception {
        Answer bob = new HttpJson(nodeA.httpBase()).post("/api/regChat", Map.of("username",
                AccountsSystemTest.freshName(), "password", "secret1"));
        String token = bob.data().path("token").asText();
        try (WsClient onA = WsClient.connect(nodeA.wsBase(), token)) {
            onA.nextOfType("system");
            awaitPresence(bob.data().path("id").asLong());
            try (WsClient onB = WsClient.connect(nodeB.wsBase(), token)) {
                onB.nextOfType("system");

                JsonNode kicked = onA.next();
                while (!kicked.has("msg")) {
                    kicked = onA.next(); // a ping, or a frame that was on its way
                }
                assertEquals("force_logout", kicked.path("msg").asText());
                assertEquals(4002, onA.awaitCloseCode());
                onB.sendText("{\"type\":\"ping\"}");
                onB.nextOfType("pong");
            }
        }
    }

    @Test
    void eachNodeSaysItIsUpAndReady() throws Exception {
        for (TestServer node : new TestServer[] {nodeA, nodeB}) {
            assertEquals("{\"msg\":\"ok\",\"data\":\"up\"}", get(node.httpBase() + "/health"));
            assertEquals("{\"msg\":\"ok\",\"data\":\"ready\"}", get(node.httpBase() + "/ready"));
        }
    }

    /** The core records a socket's arrival in presence just after the welcome frame: wait until Redis has it. */
    private static void awaitPresence(long userId) throws InterruptedException {
        RedisClient client = RedisClient.create("redis://127.0.0.1:6379/0");
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (redis.sync().exists("parley:presence:" + userId) == 0) {
                assertTrue(System.nanoTime() < deadline, "user " + userId + " never arrived in presence");
                Thread.sleep(50);
            }
        } finally {
            client.shutdown();
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }
}
