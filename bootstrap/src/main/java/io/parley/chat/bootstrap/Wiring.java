package io.parley.chat.bootstrap;

import io.parley.chat.adapter.persistence.DatabaseSettings;
import io.parley.chat.adapter.persistence.HibernatePersistence;
import io.parley.chat.adapter.persistence.media.FileSystemMediaStore;
import io.parley.chat.adapter.persistence.media.TikaContentSniffer;
import io.parley.chat.adapter.redis.RedisConnections;
import io.parley.chat.adapter.rest.RestApi;
import io.parley.chat.adapter.rest.UploadSettings;
import io.parley.chat.adapter.security.Jose4jTokenCodec;
import io.parley.chat.adapter.security.Pbkdf2PasswordHasher;
import io.parley.chat.adapter.ws.LocalConnections;
import io.parley.chat.adapter.ws.WsServer;
import io.parley.chat.adapter.ws.WsSettings;
import io.parley.chat.application.local.InMemoryMessageBus;
import io.parley.chat.application.local.InMemoryPresence;
import io.parley.chat.application.local.InMemoryRateLimiter;
import io.parley.chat.application.local.InMemorySessionStore;
import io.parley.chat.application.local.RandomIds;
import io.parley.chat.application.local.SystemClock;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.HealthCheckPort;
import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.application.port.out.RateLimitPort;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.application.service.ChatCore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter once, hands the core its ports and the adapters their use cases,
 * starts the one listener that serves HTTP and WebSocket, and stops it all in reverse order. No business decision
 * is made here.
 */
public final class Wiring implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    /** Below the data directory: the media store's root, served at {@code /public/}. */
    static final String MEDIA_FOLDER = "media";

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final HttpServer server;

    private Wiring(Settings settings) {
        try {
            ClockPort clock = new SystemClock();
            HibernatePersistence database = HibernatePersistence.start(new DatabaseSettings(settings.dbUrl(),
                    settings.dbUser(), settings.dbPassword(), settings.dbPoolSize()));
            toClose.push(database::close);
            LOG.info("database: {}", database.databaseProduct());

            SessionStorePort sessions;
            RateLimitPort rateLimits;
            PresencePort presence;
            MessageBusPort bus;
            List<HealthCheckPort> healthChecks = new ArrayList<>(List.of(database.health()));
            if (settings.redisUrl().isPresent()) {
                RedisConnections redis = RedisConnections.connect(settings.redisUrl().get());
                toClose.push(redis::close);
                sessions = redis.sessions();
                rateLimits = redis.rateLimits();
                presence = redis.presence(settings.presenceTtl());
                bus = redis.messageBus();
                healthChecks.add(redis.health());
                LOG.info("sessions, rate limits, presence and the bus: Redis; this node is {}", settings.nodeId());
            } else {
                sessions = new InMemorySessionStore(clock);
                rateLimits = new InMemoryRateLimiter(clock);
                presence = new InMemoryPresence();
                bus = new InMemoryMessageBus();
                LOG.info("sessions, rate limits, presence and the bus: in memory (single node)");
            }

            // uploaded media live in the data directory (DESIGN.md); an object store would replace this one line
            FileSystemMediaStore media = FileSystemMediaStore.open(settings.dataDir().resolve(MEDIA_FOLDER));
            LOG.info("media: {}", media.root());

            LocalConnections connections = new LocalConnections();
            // inbox clean-up after a write must not hold the socket's writer thread on a database call
            ExecutorService deliveries = Executors.newFixedThreadPool(2, daemonThreads("parley-delivery"));
            toClose.push(() -> {
                deliveries.shutdown();
                deliveries.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            });
            ChatCore core = ChatCore.builder()
                    .loadUsers(database.loadUsers())
                    .saveUsers(database.saveUsers())
                    .sessions(sessions)
                    .tokens(new Jose4jTokenCodec(JwtKey.resolve(settings), clock))
                    .passwords(new Pbkdf2PasswordHasher())
                    .rateLimits(rateLimits)
                    .clock(clock)
                    .ids(new RandomIds())
                    .connections(connections)
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
                    .pusher(connections)
                    .node(settings.nodeId())
                    .presence(presence)
                    .messageBus(bus)
                    .healthChecks(healthChecks)
                    .deliveryExecutor(deliveries)
                    .mediaStore(media)
                    .contentSniffer(new TikaContentSniffer())
                    .maxUploadBytes(settings.maxUploadBytes())
                    .settings(new ChatCore.Settings(settings.tokenTtl(), settings.visitorSalt(),
                            settings.visitorRatePerAddress(), settings.recallWindow(), settings.maxGroupMembers()))
                    .build();

            server = RestApi.createServer(settings.host(), settings.port(), new RestApi.UseCases(
                    core.register(), core.login(), core.logout(), core.registerVisitor(), core.upgradeVisitor(),
                    core.visitorLogin(), core.authenticate(), core.publicProfile(), core.updateUserSettings(),
                    core.updateProfile(), core.changePassword(), core.sendMessage(), core.deliverPending(),
                    core.followUser(), core.unfollowUser(), core.blockUser(), core.unblockUser(),
                    core.toggleBlacklist(), core.contactEntry(), core.listFollowees(), core.listFollowers(),
                    core.listBlocked(), core.history(), core.conversations(), core.markRead(),
                    core.recallMessage(), core.searchUsers(), core.pendingRequest(), core.applyFriend(),
                    core.friendRequests(), core.handleFriendRequest(), core.friends(), core.friendInfo(),
                    core.toggleStar(), core.setFriendVisibility(), core.deleteFriend(), core.userSetInfo(),
                    core.autoAddFriend(), core.createGroup(), core.myGroups(), core.groupInfo(), core.renameGroup(),
                    core.announce(), core.setGroupNickname(), core.kickMember(), core.decideJoin(), core.muteMember(),
                    core.setJoinPolicy(), core.joinGroup(), core.leaveGroup(), core.groupQrText(), core.userQrText(),
                    core.uploadMedia(), core.media(), core.readiness()), ZoneId.systemDefault(),
                    new UploadSettings(settings.maxUploadBytes(),
                            Optional.of(UploadPartsFolder.prepare(settings.dataDir()))));
            toClose.push(server::shutdownNow);
            WsServer ws = WsServer.attach(server, new WsServer.UseCases(core.authenticate(), core.sendMessage(),
                    core.userConnected(), core.userDisconnected(), core.acknowledgeMessages(), core.markRead()),
                    connections, new WsSettings(
                    settings.heartbeat(), settings.wsMaxFrameBytes(), settings.wsMaxFramesPerSecond()));
            // sockets first, with 1001, while the listener still runs
            toClose.push(ws::shutdown);
            // the browser client at / and /app/; every other path stays the REST adapter's
            WebClient.mount(server, WebAssets.load(), settings.visitorSalt());
            server.start();
        } catch (IOException | RuntimeException failure) {
            close();
            if (failure instanceof IOException io) {
                throw new UncheckedIOException("cannot listen on " + settings.host() + ":" + settings.port(), io);
            }
            throw (RuntimeException) failure;
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Starts everything the settings describe; the server listens when this returns. */
    static Wiring start(Settings settings) {
        return new Wiring(settings);
    }

    /** The port the server listens on (the chosen one when the settings asked for port 0). */
    public int port() {
        NetworkListener listener = server.getListeners().iterator().next();
        return listener.getPort();
    }

    @Override
    public void close() {
        while (!toClose.isEmpty()) {
            AutoCloseable next = toClose.pop();
            try {
                next.close();
            } catch (Exception failure) {
                LOG.warn("while shutting down: {}", failure.toString());
            }
        }
    }
}
