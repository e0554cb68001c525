package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Several nodes, one chat (issue 8): real server processes — the shaded jar, as operators run it — on different
 * ports, sharing one PostgreSQL schema and a private redis-server that the test starts, stops and starts again.
 * Clients on different nodes chat one to one and in groups; the same user on a second node replaces the first
 * socket; a node killed with {@code kill -9} loses nothing its users had not acknowledged; a Redis restart during
 * traffic loses no acknowledged message, and readiness follows Redis.
 *
 * <p>Every wait is bounded; nothing asserts how fast anything is. The tests share nodes A and B, so the ones that
 * break things (the killed node C, the Redis restart) run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSystemIT {
    private static final String JWT_SECRET = "a-cluster-secret-of-more-than-32-bytes-for-tests";
    /** How long a live delivery across nodes may take before the test calls it lost. */
    private static final int LIVE_SECONDS = 15;

    private static PostgreSqlSchema schema;
    private static RedisProcess redis;
    private static final List<ServerProcess> nodes = new ArrayList<>();
    private static final List<ClusterClient> clients = new ArrayList<>();
    private static ServerProcess nodeA;
    private static ServerProcess nodeB;

    @BeforeAll
    static void startCluster() throws Exception {
        redis = RedisProcess.start();
        schema = PostgreSqlSchema.create();
        long started = System.nanoTime();
        // both at once on an empty schema, as a rolling deployment may: the migration must not race
        nodeA = node("node-a");
        nodeB = node("node-b");
        nodeA.awaitHealthy();
        nodeB.awaitHealthy();
        System.out.printf("[cluster] nodes A and B healthy after %d ms (redis on %d)%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), redis.port());
    }

    @AfterAll
    static void stopCluster() {
        clients.forEach(ClusterClient::close);
        nodes.forEach(ServerProcess::close);
        if (redis != null) {
            redis.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    /** Starts a node of the cluster (without waiting for it): same database, Redis and key, its own name. */
    private static ServerProcess node(String nodeId) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PARLEY_DB_URL", schema.jdbcUrl());
        environment.put("PARLEY_DB_USER", schema.user());
        environment.put("PARLEY_REDIS_URL", redis.url());
        environment.put("PARLEY_JWT_SECRET", JWT_SECRET);
        environment.put("PARLEY_NODE_ID", nodeId);
        ServerProcess node = ServerProcess.start(nodeId, environment);
        nodes.add(node);
        return node;
    }

    private static ClusterClient user(ServerProcess node) {
        ClusterClient client = ClusterClient.register(node);
        clients.add(client);
        return client;
    }

    private static String logs() {
        return nodes.stream().map(node -> node.logTail(40)).collect(Collectors.joining("\n"));
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void clientsOnDifferentNodesChatOneToOne() throws Exception {
        ClusterClient alice = user(nodeA);
        ClusterClient bob = user(nodeB);
        assertTrue(alice.connect(nodeA, true));
        assertTrue(bob.connect(nodeB, true));

        String toBob = alice.send(bob, "sent on node A");
        assertEquals(Set.of(), bob.awaitMessages(List.of(toBob), LIVE_SECONDS),
                "a message sent on node A reaches bob's socket on node B live\n" + logs());

        assertTrue(bob.sendOverSocket(alice, "sent on node B", "x-1"));
        String toAlice = bob.awaitSent("x-1", LIVE_SECONDS);
        assertNotNull(toAlice, "bob's send over his socket on B was answered 'sent': " + bob.failed);
        assertEquals(Set.of(), alice.awaitMessages(List.of(toAlice), LIVE_SECONDS),
                "and the answer reaches alice's socket on node A live\n" + logs());

        // both nodes append to the same conversation at once: one sequence, no gap, no repeat (issue 8 item 3)
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Answer>>> batches = new ArrayList<>();
            for (ServerProcess via : List.of(nodeA, nodeB)) {
                batches.add(senders.submit(() -> {
                    List<Answer> answers = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        answers.add(alice.sendOverHttp(via, bob, "both nodes " + i, via.name + "-" + i));
                    }
                    return answers;
                }));
            }
            List<String> ids = new ArrayList<>();
            TreeSet<Long> seqs = new TreeSet<>();
            for (Future<List<Answer>> batch : batches) {
                for (Answer answer : batch.get(60, TimeUnit.SECONDS)) {
                    assertTrue(answer.ok(), answer.toString());
                    ids.add(answer.data().path("id").asText());
                    seqs.add(answer.data().path("seq").asLong());
                }
            }
            assertEquals(LongStream.rangeClosed(3, 22).boxed().toList(), new ArrayList<>(seqs),
                    "twenty messages through two nodes take seq 3..22, each once");
            assertEquals(Set.of(), bob.awaitMessages(ids, LIVE_SECONDS), "all of them reach bob on B live");
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    @Order(2)
    void clientsOnDifferentNodesChatInAGroup() throws Exception {
        ClusterClient owner = user(nodeA);
        ClusterClient onB = user(nodeB);
        ClusterClient onA = user(nodeA);
        assertTrue(owner.connect(nodeA, true));
        assertTrue(onB.connect(nodeB, true));
        assertTrue(onA.connect(nodeA, true));
        List<Long> contacts = List.of(befriend(owner, onB), befriend(owner, onA));
        Answer created = nodeA.http().post("/api/chat/group/create", Map.of("userIds", contacts), owner.auth());
        assertTrue(created.ok(), created.toString());
        Answer groups = nodeB.http().get("/api/chat/grouplist/1", owner.auth());
        assertTrue(groups.ok() && groups.data().size() == 1, groups.toString());
        long group = groups.data().get(0).path("id").asLong();

        Predicate<JsonNode> createdNotice = m -> "group".equals(m.path("chatType").asText())
                && "systemNotice".equals(m.path("type").asText()) && m.path("group").path("id").asLong() == group;
        assertNotNull(onB.awaitMessage(createdNotice, LIVE_SECONDS),
                "the member on node B hears that the group was created\n" + logs());

        Answer hello = nodeA.http().post("/api/chat/socket/sendmessage", Map.of("sendto_id", group,
                "chatType", "group", "type", "text", "data", "hello from A"), owner.auth());
        assertTrue(hello.ok(), hello.toString());
        String helloId = hello.data().path("id").asText();
        assertEquals(Set.of(), onB.awaitMessages(List.of(helloId), LIVE_SECONDS), "to the member on B\n" + logs());
        assertEquals(Set.of(), onA.awaitMessages(List.of(helloId), LIVE_SECONDS), "to the member on A");

        Answer reply = nodeB.http().post("/api/chat/socket/sendmessage", Map.of("sendto_id", group,
                "chatType", "group", "type", "text", "data", "hello from B"), onB.auth());
        assertTrue(reply.ok(), reply.toString());
        String replyId = reply.data().path("id").asText();
        assertEquals(Set.of(), owner.awaitMessages(List.of(replyId), LIVE_SECONDS), "to the owner on A\n" + logs());
        assertEquals(Set.of(), onA.awaitMessages(List.of(replyId), LIVE_SECONDS), "to the member on A");
        assertEquals(group, onA.messages.get(replyId).path("group").path("id").asLong());
    }

    /** The friend asks through its node, the owner agrees through his; the owner's contact entry id (for #22). */
    private static long befriend(ClusterClient owner, ClusterClient friend) {
        Answer applied = friend.node.http().post("/api/chat/applyfriend", Map.of("friend_id", owner.id),
                friend.auth());
        assertTrue(applied.ok(), applied.toString());
        JsonNode request = owner.node.http().get("/api/chat/listapplyfriend/1", owner.auth()).data()
                .path("alldata").get(0);
        assertTrue(owner.node.http().post("/api/chat/handleapply/" + request.path("id").asLong(),
                Map.of("status", "agree"), owner.auth()).ok());
        for (JsonNode initial : owner.node.http().get("/api/chat/goodfriendlist/1", owner.auth()).data()
                .path("rows").path("newList")) {
            for (JsonNode row : initial.path("list")) {
                if (row.path("friend_id").asLong() == friend.id) {
                    return row.path("id").asLong();
                }
            }
        }
        throw new AssertionError(friend.username + " is not in the contacts of " + owner.username);
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void aSecondSocketOnAnotherNodeReplacesTheFirstAndLogoutClosesItEverywhere() throws Exception {
        ClusterClient user = user(nodeA);
        ClusterClient friend = user(nodeB);
        try (WsClient first = WsClient.connect(nodeA.wsBase(), user.token)) {
            first.nextOfType("system");
            try (WsClient second = WsClient.connect(nodeB.wsBase(), user.token)) {
                second.nextOfType("system");

                assertNotNull(awaitFrame(first, f -> "force_logout".equals(f.path("msg").asText())),
                        "the socket on node A hears force_logout\n" + logs());
                assertEquals(4002, first.awaitCloseCode(LIVE_SECONDS), "and is closed with 4002");

                second.sendText("{\"type\":\"ping\"}");
                assertNotNull(awaitFrame(second, f -> "pong".equals(f.path("type").asText())),
                        "the socket on node B keeps working");
                String id = friend.sendOverHttp(nodeA, user, "via node A", "k-1").data().path("id").asText();
                assertNotNull(awaitFrame(second, f -> "singleChat".equals(f.path("type").asText())
                        && id.equals(f.path("data").path("id").asText())),
                        "a message sent through node A reaches the socket on node B: the replaced socket's close "
                                + "on A did not take the user's presence with it\n" + logs());

                Answer logout = nodeA.http().post("/api/chat/logout", Map.of(), user.auth());
                assertTrue(logout.ok(), logout.toString());
                assertEquals(4000, second.awaitCloseCode(LIVE_SECONDS),
                        "logging out on node A closes the socket on node B with 4000\n" + logs());
            }
        }
    }

    private static JsonNode awaitFrame(WsClient socket, Predicate<JsonNode> matching) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIVE_SECONDS);
        while (System.nanoTime() < deadline) {
            JsonNode frame = socket.poll(100);
            if (frame != null && matching.test(frame)) {
                return frame;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(4)
    void aKilledNodesUsersGetWhatTheyHadNotAcknowledgedFromAnotherNode() throws Exception {
        ServerProcess nodeC = node("node-c").awaitHealthy();
        ClusterClient onC = user(nodeC);
        ClusterClient sender = user(nodeA);
        onC.autoAck = false;
        assertTrue(onC.connect(nodeC, true), "ack mode on node C");

        List<String> toOnC = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            toOnC.add(sender.send(onC, "before the kill " + i));
        }
        assertEquals(Set.of(), onC.awaitMessages(toOnC, LIVE_SECONDS),
                "pushed live to node C, and not acknowledged\n" + logs());
        List<String> fromOnC = List.of(onC.send(sender, "stored by C 1"), onC.send(sender, "stored by C 2"));

        nodeC.kill();
        for (int i = 0; i < 3; i++) {
            toOnC.add(sender.send(onC, "after the kill " + i));
        }

        onC.autoAck = true;
        onC.forget();
        assertTrue(onC.connect(nodeA, true), "the user of the dead node reconnects to node A\n" + logs());
        assertEquals(Set.of(), onC.awaitMessages(toOnC, 30),
                "every message to the killed node's user arrives after reconnecting: the five it had not "
                        + "acknowledged and the three sent while it was away\n" + logs());
        assertTrue(sender.connect(nodeB, true));
        assertEquals(Set.of(), sender.awaitMessages(fromOnC, 30),
                "what node C stored before it died is delivered by another node\n" + logs());

        // acknowledged now (the pong says node A handled the acks): never pushed again, on any node
        assertTrue(onC.roundTrip());
        Map<String, Integer> before = new HashMap<>(onC.pushes);
        assertTrue(onC.connect(nodeB, true));
        onC.pump(500);
        assertTrue(onC.roundTrip());
        assertEquals(before, onC.pushes, "acknowledged messages are not pushed again");
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(5)
    void aRedisRestartDuringTrafficLosesNoAcknowledgedMessageAndReadinessFollowsRedis() throws Exception {
        ClusterClient onA = user(nodeA);
        ClusterClient onB = user(nodeB);
        assertTrue(onA.connect(nodeA, true));
        assertTrue(onB.connect(nodeB, true));
        Traffic traffic = new Traffic(onA, onB);
        Readiness readiness = new Readiness();
        long started = System.nanoTime();

        traffic.run(15, () -> true);

        redis.stop();
        long stopped = System.nanoTime();
        traffic.outage = true;
        // keep sending until both nodes say they are not ready (at least three seconds, at most twenty)
        traffic.run(30, () -> readiness.observe(Readiness.Phase.DOWN) && elapsed(stopped) > 3_000
                || elapsed(stopped) > 20_000);
        traffic.outage = false;

        redis.startAgain();
        long restarted = System.nanoTime();
        traffic.run(15, () -> readiness.observe(Readiness.Phase.BACK) || elapsed(restarted) > 60_000);
        System.out.printf("[cluster] traffic: %d ms before, %d ms without Redis, %d ms until both nodes ready%n",
                TimeUnit.NANOSECONDS.toMillis(stopped - started), TimeUnit.NANOSECONDS.toMillis(restarted - stopped),
                elapsed(restarted));

        traffic.awaitReplies(30);
        Map<ClusterClient, Set<String>> missing = traffic.deliverEverything(60);
        System.out.println("[cluster] " + traffic.summary());

        assertAll(
                () -> assertTrue(missing.values().stream().allMatch(Set::isEmpty),
                        "every message acknowledged to its sender reached its recipient; missing: "
                                + abbreviated(missing) + "\n" + traffic.summary() + "\n" + logs()),
                () -> traffic.assertNothingUnexpected(onA, onB),
                () -> traffic.assertNothingUnexpected(onB, onA),
                () -> assertTrue(traffic.acknowledgedDuringOutage(onA) > 0 && traffic.acknowledgedDuringOutage(onB)
                        > 0, "both nodes kept serving their own users while Redis was down\n"
                        + traffic.summary()),
                () -> readiness.assertFollowedRedis());
    }

    /** How many are missing for whom, with the first few ids. */
    private static String abbreviated(Map<ClusterClient, Set<String>> missing) {
        return missing.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().size() + " " + e.getValue().stream().limit(3).toList())
                .collect(Collectors.joining("; "));
    }

    private static long elapsed(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }

    /**
     * Two users on different nodes writing to each other: a message each way over the sockets every 100 ms, and one
     * each way over HTTP every half second (on one background thread, so that a slow answer cannot stall the
     * sockets).
     */
    private static final class Traffic {
        private final ClusterClient a;
        private final ClusterClient b;
        private final ExecutorService http = Executors.newSingleThreadExecutor();
        private Future<?> httpInFlight;
        /** Every client_msg_id each one sent, over either channel. */
        private final Map<ClusterClient, Set<String>> attempted = new LinkedHashMap<>();
        private final Map<ClusterClient, Set<String>> sentDuringOutage = new HashMap<>();
        volatile boolean outage;
        private int tick;
        /** How often a recipient had to log in again and reconnect to get what live delivery had not brought. */
        private int reconnects;

        Traffic(ClusterClient a, ClusterClient b) {
            this.a = a;
            this.b = b;
            // written by the socket loop and the HTTP thread
            attempted.put(a, ConcurrentHashMap.newKeySet());
            attempted.put(b, ConcurrentHashMap.newKeySet());
            sentDuringOutage.put(a, ConcurrentHashMap.newKeySet());
            sentDuringOutage.put(b, ConcurrentHashMap.newKeySet());
        }

        /** At least {@code minTicks} ticks, then until {@code done} says so. */
        void run(int minTicks, java.util.function.BooleanSupplier done) throws InterruptedException {
            for (int i = 0; i < minTicks || !done.getAsBoolean(); i++) {
                tick++;
                sendOverSocket(a, b);
                sendOverSocket(b, a);
                if (tick % 5 == 0 && (httpInFlight == null || httpInFlight.isDone())) {
                    int n = tick;
                    boolean duringOutage = outage;
                    httpInFlight = http.submit(() -> {
                        sendOverHttp(a, b, n, duringOutage);
                        sendOverHttp(b, a, n, duringOutage);
                    });
                }
                a.pump(50);
                b.pump(50);
            }
        }

        private void sendOverSocket(ClusterClient from, ClusterClient to) {
            String clientMsgId = "ws-" + from.id + "-" + tick;
            if (from.sendOverSocket(to, "redis restart " + clientMsgId, clientMsgId)) {
                attempted.get(from).add(clientMsgId);
                if (outage) {
                    sentDuringOutage.get(from).add(clientMsgId);
                }
            }
        }

        private void sendOverHttp(ClusterClient from, ClusterClient to, int n, boolean duringOutage) {
            String clientMsgId = "http-" + from.id + "-" + n;
            attempted.get(from).add(clientMsgId);
            if (duringOutage) {
                sentDuringOutage.get(from).add(clientMsgId);
            }
            try {
                Answer answer = from.sendOverHttp(from.node, to, "redis restart " + clientMsgId, clientMsgId);
                if (answer.ok()) {
                    from.httpAcknowledged.put(clientMsgId, answer.data().path("id").asText());
                }
            } catch (RuntimeException unanswered) {
                // no answer: not acknowledged, so not promised either
            }
        }

        /** Waits (bounded) for the answers to every send made. */
        void awaitReplies(int seconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            http.shutdown();
            while (System.nanoTime() < deadline && (unanswered(a) > 0 || unanswered(b) > 0)) {
                a.pump(100);
                b.pump(100);
            }
            http.awaitTermination(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime())),
                    TimeUnit.SECONDS);
        }

        private long unanswered(ClusterClient client) {
            return attempted.get(client).stream()
                    .filter(id -> id.startsWith("ws-"))
                    .filter(id -> !client.sent.containsKey(id) && !client.failed.containsKey(id))
                    .count();
        }

        /** Message ids acknowledged to this sender, over either channel. */
        Map<String, String> acknowledged(ClusterClient sender) {
            Map<String, String> all = new LinkedHashMap<>(sender.sent);
            all.putAll(sender.httpAcknowledged);
            all.keySet().retainAll(attempted.get(sender));
            return all;
        }

        long acknowledgedDuringOutage(ClusterClient sender) {
            return acknowledged(sender).keySet().stream().filter(sentDuringOutage.get(sender)::contains).count();
        }

        /**
         * Lets live delivery finish, then has each recipient still missing something log in again and reconnect
         * (Redis came back empty: the old sessions are gone) so that its inbox is pushed; bounded. What is still
         * missing, per recipient.
         */
        Map<ClusterClient, Set<String>> deliverEverything(int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long nextReconnect = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline && (!missing(b, a).isEmpty() || !missing(a, b).isEmpty())) {
                a.pump(100);
                b.pump(100);
                if (System.nanoTime() > nextReconnect) {
                    for (ClusterClient recipient : List.of(a, b)) {
                        ClusterClient sender = recipient == a ? b : a;
                        if (!missing(recipient, sender).isEmpty() && recipient.logInAgain()) {
                            reconnects++;
                            recipient.connect(recipient.node, true);
                        }
                    }
                    nextReconnect = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                }
            }
            Map<ClusterClient, Set<String>> missing = new HashMap<>();
            missing.put(a, missing(a, b));
            missing.put(b, missing(b, a));
            return missing;
        }

        private Set<String> missing(ClusterClient recipient, ClusterClient sender) {
            Set<String> ids = new LinkedHashSet<>(acknowledged(sender).values());
            ids.removeAll(recipient.pushes.keySet());
            return ids;
        }

        /**
         * What the recipient got from the sender in this traffic is exactly what was acknowledged, each id once
         * after de-duplication: nothing stored twice, nothing from a send the sender was told had failed.
         */
        void assertNothingUnexpected(ClusterClient recipient, ClusterClient sender) {
            Map<String, String> acknowledged = acknowledged(sender);
            Map<String, String> clientIdOfReceived = new HashMap<>();
            List<String> problems = new ArrayList<>();
            for (JsonNode message : recipient.messages.values()) {
                String clientMsgId = message.path("client_msg_id").asText();
                if (message.path("from_id").asLong() != sender.id || !attempted.get(sender).contains(clientMsgId)) {
                    continue;
                }
                String id = message.path("id").asText();
                String previous = clientIdOfReceived.put(clientMsgId, id);
                if (previous != null && !previous.equals(id)) {
                    problems.add(clientMsgId + " stored twice: " + previous + " and " + id);
                }
                if (sender.failed.containsKey(clientMsgId)) {
                    problems.add(clientMsgId + " was refused to its sender but delivered as " + id);
                } else if (acknowledged.containsKey(clientMsgId) && !acknowledged.get(clientMsgId).equals(id)) {
                    problems.add(clientMsgId + " acknowledged as " + acknowledged.get(clientMsgId)
                            + " but delivered as " + id);
                }
            }
            assertEquals(List.of(), problems, "from " + sender + " to " + recipient);
        }

        String summary() {
            StringBuilder text = new StringBuilder("reconnects after the outage: " + reconnects + "; ");
            for (ClusterClient sender : List.of(a, b)) {
                ClusterClient recipient = sender == a ? b : a;
                Set<String> acknowledgedIds = new HashSet<>(acknowledged(sender).values());
                long pushes = recipient.pushes.entrySet().stream()
                        .filter(e -> acknowledgedIds.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
                text.append(String.format("%s → %s: %d sent (%d while Redis was down), %d acknowledged "
                                + "(%d while down), %d refused, %d received, %d pushes of them; ",
                        sender, recipient, attempted.get(sender).size(), sentDuringOutage.get(sender).size(),
                        acknowledgedIds.size(), acknowledgedDuringOutage(sender), sender.failed.size(),
                        acknowledgedIds.stream().filter(recipient.pushes::containsKey).count(), pushes));
                if (!sender.failed.isEmpty()) {
                    text.append("first refusal: ").append(sender.failed.values().iterator().next()).append("; ");
                }
            }
            return text.toString();
        }
    }

    /** What /ready and /health of both nodes answered while Redis was down and after it came back. */
    private static final class Readiness {
        enum Phase { DOWN, BACK }

        private final Map<String, Set<Integer>> ready = new LinkedHashMap<>();
        private final Map<String, Set<Integer>> health = new LinkedHashMap<>();
        private final Map<String, Boolean> reached = new HashMap<>();
        private long lastPoll;

        /** Polls both nodes (every 250 ms at most); true once both answered as this phase expects. */
        boolean observe(Phase phase) {
            if (System.nanoTime() - lastPoll < TimeUnit.MILLISECONDS.toNanos(250)) {
                return reachedAll(phase);
            }
            lastPoll = System.nanoTime();
            for (ServerProcess node : List.of(nodeA, nodeB)) {
                int readyStatus = node.status("/ready");
                int healthStatus = node.status("/health");
                ready.computeIfAbsent(phase + " " + node.name, k -> new TreeSet<>()).add(readyStatus);
                health.computeIfAbsent(phase + " " + node.name, k -> new TreeSet<>()).add(healthStatus);
                if (readyStatus == (phase == Phase.DOWN ? 503 : 200)) {
                    reached.put(phase + " " + node.name, true);
                }
            }
            return reachedAll(phase);
        }

        private boolean reachedAll(Phase phase) {
            return reached.containsKey(phase + " " + nodeA.name) && reached.containsKey(phase + " " + nodeB.name);
        }

        void assertFollowedRedis() {
            String seen = "/ready answered " + ready + ", /health " + health;
            assertAll(
                    () -> assertTrue(reachedAll(Phase.DOWN), "/ready answers 503 while Redis is down: " + seen),
                    () -> assertTrue(reachedAll(Phase.BACK), "/ready answers 200 once Redis is back: " + seen),
                    () -> assertTrue(health.values().stream().allMatch(Set.of(200)::equals),
                            "/health stays 200 throughout: " + seen));
        }
    }
}
