package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.adapter.persistence.DatabaseSettings;
import io.parley.chat.adapter.persistence.HibernatePersistence;
import io.parley.chat.adapter.persistence.media.FileSystemMediaStore;
import io.parley.chat.adapter.persistence.media.TikaContentSniffer;
import io.parley.chat.adapter.security.Jose4jTokenCodec;
import io.parley.chat.adapter.security.Pbkdf2PasswordHasher;
import io.parley.chat.adapter.ws.LocalConnections;
import io.parley.chat.application.local.InMemoryMessageBus;
import io.parley.chat.application.local.InMemoryPresence;
import io.parley.chat.application.local.InMemoryRateLimiter;
import io.parley.chat.application.local.InMemorySessionStore;
import io.parley.chat.application.local.RandomIds;
import io.parley.chat.application.local.SystemClock;
import io.parley.chat.application.port.in.CreateGroupCommand;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.application.port.in.RegisterCommand;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.application.service.ChatCore;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own database pool and Hibernate (as two server processes have), on one PostgreSQL
 * schema, appending to the same conversations at once: the sequence numbers are decided in the database under the
 * conversation's row lock, so together they leave no gap and no repeat, and a message re-sent to the other node
 * with the same client message id is the first one, not a second.
 */
class TwoNodesOnPostgreSqlIT {
    private static final int THREADS_PER_NODE = 4;
    private static final int MESSAGES_PER_THREAD = 15;

    private static PostgreSqlSchema schema;
    private static HibernatePersistence databaseOne;
    private static HibernatePersistence databaseTwo;
    private static Path mediaRoot;
    private static ChatCore one;
    private static ChatCore two;
    private static UserId sam;
    private static UserId rita;
    private static UserId tom;

    @BeforeAll
    static void twoNodes() throws Exception {
        schema = PostgreSqlSchema.create();
        DatabaseSettings settings = new DatabaseSettings(schema.jdbcUrl(), schema.user(), "", 10);
        databaseOne = HibernatePersistence.start(settings);
        databaseTwo = HibernatePersistence.start(settings);
        mediaRoot = Files.createTempDirectory("parley-two-nodes-");
        InMemoryPresence presence = new InMemoryPresence();
        InMemoryMessageBus bus = new InMemoryMessageBus();
        one = node("node-1", databaseOne, presence, bus);
        two = node("node-2", databaseTwo, presence, bus);
        sam = register(one, "sam_01");
        rita = register(two, "rita_01");
        tom = register(one, "tom_01");
        databaseOne.friendships().befriend(sam, "", rita, "");
        databaseOne.friendships().befriend(sam, "", tom, "");
    }

    @AfterAll
    static void stop() throws Exception {
        if (databaseOne != null) {
            databaseOne.close();
        }
        if (databaseTwo != null) {
            databaseTwo.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    private static ChatCore node(String name, HibernatePersistence database, InMemoryPresence presence,
            InMemoryMessageBus bus) {
        SystemClock clock = new SystemClock();
        LocalConnections nobodyConnected = new LocalConnections();
        return ChatCore.builder()
                .loadUsers(database.loadUsers())
                .saveUsers(database.saveUsers())
                .sessions(new InMemorySessionStore(clock))
                .tokens(new Jose4jTokenCodec("a key of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8),
                        clock))
                .passwords(new Pbkdf2PasswordHasher())
                .rateLimits(new InMemoryRateLimiter(clock))
                .clock(clock)
                .ids(new RandomIds())
                .connections(nobodyConnected)
                .friendships(database.friendships())
                .friendRequests(database.friendRequests())
                .groups(database.groups())
                .groupMessages(database.groupMessages())
                .blocks(database.blocks())
                .follows(database.follows())
                .senderRelations(database.senderRelations())
                .messages(database.messages())
                .inbox(database.inbox())
                .conversations(database.conversations())
                .pusher(nobodyConnected)
                .node(name)
                .presence(presence)
                .messageBus(bus)
                .mediaStore(FileSystemMediaStore.open(mediaRoot.resolve(name)))
                .contentSniffer(new TikaContentSniffer())
                .settings(new ChatCore.Settings(Duration.ofDays(1), "salt", 100, Duration.ofMinutes(5), 500))
                .build();
    }

    private static UserId register(ChatCore node, String username) {
        return node.register().register(RegisterCommand.of(username, "secret1", "10.0.0.1")).account().id();
    }

    private static Message send(ChatCore node, UserId from, ChatType type, long to, String text, String clientId) {
        return node.sendMessage().send(SendMessageCommand.of(from, Long.toString(to), type.wireName(), "text", text,
                null, clientId));
    }

    /** Every sender thread of both nodes starts at once and sends its share; answers every message sent. */
    private static List<Message> concurrently(List<Callable<List<Message>>> senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        CyclicBarrier start = new CyclicBarrier(senders.size());
        try {
            List<Future<List<Message>>> running = new ArrayList<>();
            for (Callable<List<Message>> sender : senders) {
                running.add(pool.submit(() -> {
                    start.await();
                    return sender.call();
                }));
            }
            List<Message> sent = new ArrayList<>();
            for (Future<List<Message>> done : running) {
                sent.addAll(done.get());
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The whole history of a conversation as the caller reads it, oldest first. */
    private static List<Message> history(ChatCore node, UserId caller, ChatType type, long id) {
        List<Message> newestFirst = new ArrayList<>();
        Long before = null;
        while (true) {
            var page = node.history().history(new HistoryQuery(caller, type, id, before, HistoryQuery.MAX_LIMIT));
            newestFirst.addAll(page.rows());
            if (!page.hasMore() || page.rows().isEmpty()) {
                break;
            }
            before = page.rows().get(page.rows().size() - 1).seq();
        }
        List<Message> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static void assertNoGapsNoRepeats(List<Message> history) {
        List<Long> seqs = history.stream().map(Message::seq).toList();
        assertEquals(LongStream.rangeClosed(1, seqs.size()).boxed().toList(), seqs);
    }

    @Test
    void numberAOneToOneConversationWithoutGapsOrRepeatsWhenBothNodesAppend() throws Exception {
        List<Callable<List<Message>>> senders = new ArrayList<>();
        for (int t = 0; t < THREADS_PER_NODE; t++) {
            int thread = t;
            senders.add(() -> sendMany(one, sam, rita, "one-" + thread));
            senders.add(() -> sendMany(two, rita, sam, "two-" + thread));
        }

        List<Message> sent = concurrently(senders);

        int expected = 2 * THREADS_PER_NODE * MESSAGES_PER_THREAD;
        assertEquals(expected, sent.size());
        assertEquals(expected, sent.stream().map(Message::seq).collect(Collectors.toSet()).size(), "no seq twice");
        List<Message> history = history(one, sam, ChatType.SINGLE, rita.value());
        assertNoGapsNoRepeats(history);
        assertEquals(ids(sent), ids(history));
    }

    private static List<Message> sendMany(ChatCore node, UserId from, UserId to, String prefix) {
        List<Message> sent = new ArrayList<>();
        for (int i = 0; i < MESSAGES_PER_THREAD; i++) {
            sent.add(send(node, from, ChatType.SINGLE, to.value(), prefix + "-" + i, null));
        }
        return sent;
    }

    @Test
    void numberAGroupConversationWithoutGapsOrRepeatsWhenBothNodesAppend() throws Exception {
        long samRita = databaseOne.friendships().entry(sam, rita).orElseThrow().id();
        long samTom = databaseOne.friendships().entry(sam, tom).orElseThrow().id();
        GroupId group = one.createGroup().create(new CreateGroupCommand(sam, List.of(samRita, samTom)));
        List<Callable<List<Message>>> senders = new ArrayList<>();
        UserId[] members = {sam, rita, tom};
        for (int t = 0; t < THREADS_PER_NODE; t++) {
            UserId member = members[t % members.length];
            int thread = t;
            senders.add(() -> sendManyToGroup(one, member, group, "one-" + thread));
            senders.add(() -> sendManyToGroup(two, member, group, "two-" + thread));
        }

        List<Message> sent = concurrently(senders);

        assertEquals(2 * THREADS_PER_NODE * MESSAGES_PER_THREAD, sent.size());
        List<Message> history = history(two, rita, ChatType.GROUP, group.value());
        assertNoGapsNoRepeats(history);
        assertTrue(ids(history).containsAll(ids(sent)), "every message sent is in the history once");
    }

    private static List<Message> sendManyToGroup(ChatCore node, UserId from, GroupId group, String prefix) {
        List<Message> sent = new ArrayList<>();
        for (int i = 0; i < MESSAGES_PER_THREAD; i++) {
            sent.add(send(node, from, ChatType.GROUP, group.value(), prefix + "-" + i, null));
        }
        return sent;
    }

    @Test
    void storeAMessageResentToTheOtherNodeOnce() throws Exception {
        List<Callable<List<Message>>> senders = new ArrayList<>();
        List<String> clientIds = LongStream.range(0, MESSAGES_PER_THREAD).mapToObj(i -> "resend-" + i).toList();
        for (ChatCore node : List.of(one, two, one, two)) {
            senders.add(() -> {
                List<Message> sent = new ArrayList<>();
                for (String clientId : clientIds) {
                    sent.add(send(node, tom, ChatType.SINGLE, sam.value(), "same " + clientId, clientId));
                }
                return sent;
            });
        }

        List<Message> sent = concurrently(senders);

        Set<MessageId> distinct = new HashSet<>(ids(sent));
        assertEquals(clientIds.size(), distinct.size(), "each client message id stored once, whichever node took it");
        List<Message> history = history(two, sam, ChatType.SINGLE, tom.value());
        assertNoGapsNoRepeats(history);
        assertEquals(distinct, new HashSet<>(ids(history)));
    }

    private static List<MessageId> ids(List<Message> messages) {
        return messages.stream().map(Message::id).sorted(java.util.Comparator.comparing(MessageId::value)).toList();
    }
}
