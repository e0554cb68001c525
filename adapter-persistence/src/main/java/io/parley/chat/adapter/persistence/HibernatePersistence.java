package io.parley.chat.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.FollowPort;
import io.parley.chat.application.port.out.FriendRequestPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.HealthCheckPort;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.application.port.out.LoadSenderRelationsPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.application.port.out.SaveUserPort;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;

/**
 * Parley's database: a connection pool, the schema brought up to date, and the stores built on it. The one entry
 * point of this module; nothing it returns exposes Hibernate, Flyway or HikariCP.
 *
 * <pre>{@code
 * HibernatePersistence db = HibernatePersistence.start(new DatabaseSettings(url, user, password, 10));
 * log.info("database: {}", db.databaseProduct());
 * ChatCore core = ChatCore.builder().loadUsers(db.loadUsers()).saveUsers(db.saveUsers())...build();
 * ...
 * db.close();
 * }</pre>
 */
public final class HibernatePersistence implements AutoCloseable {
    /** Every entity, listed rather than scanned, so that the mapping is what this list says. */
    private static final List<Class<?>> ENTITIES = List.of(UserEntity.class, UserInfoEntity.class,
            FriendshipEntity.class, BlockEntity.class, FollowEntity.class, ConversationEntity.class,
            MessageEntity.class, InboxEntryEntity.class, FriendRequestEntity.class, GroupEntity.class,
            GroupMemberEntity.class);

    private final HikariDataSource pool;
    private final SessionFactory sessionFactory;
    private final String databaseProduct;
    private final HibernateUserAdapter users;
    private final HibernateFriendshipAdapter friendships;
    private final HibernateFriendRequestAdapter friendRequests;
    private final HibernateSenderRelationsAdapter senderRelations;
    private final HibernateBlockAdapter blocks;
    private final HibernateFollowAdapter follows;
    private final HibernateMessageStoreAdapter messages;
    private final HibernateInboxAdapter inbox;
    private final HibernateConversationAdapter conversations;
    private final HibernateGroupStoreAdapter groups;
    private final HibernateGroupMessageStoreAdapter groupMessages;
    private final DatabaseHealth health;

    private HibernatePersistence(HikariDataSource pool, SessionFactory sessionFactory, String databaseProduct) {
        this.pool = pool;
        this.sessionFactory = sessionFactory;
        this.databaseProduct = databaseProduct;
        // the ports take no times for the rows they create (relations, new conversations): those are now, in UTC
        Clock clock = Clock.systemUTC();
        this.users = new HibernateUserAdapter(sessionFactory);
        this.friendships = new HibernateFriendshipAdapter(sessionFactory, clock);
        this.friendRequests = new HibernateFriendRequestAdapter(sessionFactory, clock);
        this.senderRelations = new HibernateSenderRelationsAdapter(sessionFactory);
        this.blocks = new HibernateBlockAdapter(sessionFactory, clock);
        this.follows = new HibernateFollowAdapter(sessionFactory, clock);
        this.messages = new HibernateMessageStoreAdapter(sessionFactory, clock);
        this.inbox = new HibernateInboxAdapter(sessionFactory);
        this.conversations = new HibernateConversationAdapter(sessionFactory);
        this.groups = new HibernateGroupStoreAdapter(sessionFactory, clock);
        this.groupMessages = new HibernateGroupMessageStoreAdapter(sessionFactory);
        this.health = new DatabaseHealth(pool);
    }

    /**
     * Connects, migrates the schema (safe to repeat: a migrated database is left as it is) and checks that the
     * tables match the mapping.
     *
     * @throws RuntimeException when the database cannot be reached, a migration fails or the schema does not match;
     *     nothing stays open then
     */
    public static HibernatePersistence start(DatabaseSettings settings) {
        HikariDataSource pool = ConnectionPool.open(settings);
        try {
            Product product = product(pool);
            SchemaMigration.migrate(pool, SqlVendor.ofProduct(product.name()));
            return new HibernatePersistence(pool, buildSessionFactory(pool), product.toString());
        } catch (RuntimeException failed) {
            pool.close();
            throw failed;
        }
    }

    public LoadUserPort loadUsers() {
        return users;
    }

    public SaveUserPort saveUsers() {
        return users;
    }

    /** Contact entries ({@code goodfriend}). */
    public FriendshipPort friendships() {
        return friendships;
    }

    /** Friend requests ({@code goodfriendapply}) and the friendships they end in. */
    public FriendRequestPort friendRequests() {
        return friendRequests;
    }

    /** The relations a message from one user to another looks at, read together (the send path). */
    public LoadSenderRelationsPort senderRelations() {
        return senderRelations;
    }

    public BlockPort blocks() {
        return blocks;
    }

    public FollowPort follows() {
        return follows;
    }

    /** Conversations and their messages; an append also writes the recipient's inbox entry. */
    public MessageStorePort messages() {
        return messages;
    }

    public InboxPort inbox() {
        return inbox;
    }

    /** History, the conversation list with unread counts, read pointers and recall, over {@link #messages()}. */
    public ConversationPort conversations() {
        return conversations;
    }

    /** Groups ({@code group}) and their members ({@code group_user}). */
    public GroupStorePort groups() {
        return groups;
    }

    /** Group conversations; an append also writes every recipient's inbox entry, in one batch. */
    public GroupMessageStorePort groupMessages() {
        return groupMessages;
    }

    /** Name and version of the database, for the startup log, e.g. {@code PostgreSQL 15.20}. */
    /** Whether the database answers, for the readiness of this node. */
    public HealthCheckPort health() {
        return health;
    }

    public String databaseProduct() {
        return databaseProduct;
    }

    /**
     * Closes the session factory, then the pool (an embedded H2 database closes with its last connection). Closing
     * twice does no harm.
     */
    @Override
    public void close() {
        health.close();
        try {
            if (!sessionFactory.isClosed()) {
                sessionFactory.close();
            }
        } finally {
            pool.close();
        }
    }

    /** Package-private for the test that counts the statements a fan-out costs, on a data source that counts them. */
    static SessionFactory buildSessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // times (Instants mapped as TIMESTAMP) are written and read as UTC wall-clock, whatever the JVM's zone
                .applySetting(JdbcSettings.JDBC_TIME_ZONE, "UTC")
                // Flyway owns the schema; Hibernate only checks that the mapping fits it
                .applySetting(SchemaToolingSettings.HBM2DDL_AUTO, "validate")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException failed) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw failed;
        }
    }

    private record Product(String name, String version) {
        @Override
        public String toString() {
            return name + " " + version;
        }
    }

    private static Product product(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new Product(meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot read which database this is", failed);
        }
    }
}
