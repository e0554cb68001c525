package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.chat.application.contract.UserStoreContract;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.application.port.out.SaveUserPort.UniqueConflict;
import io.parley.chat.domain.settings.ChatSettings;
import io.parley.chat.domain.settings.SendPolicy;
import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.Gender;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserInfo;
import io.parley.chat.domain.user.UserStatus;
import io.parley.chat.domain.user.Username;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shared user-store contract plus what only a database store promises (UTC times, the profile row, the settings
 * columns, seed defaults, constraint names), run against one database per subclass. One {@link HibernatePersistence}
 * serves all tests of a class; tests use fresh names, so they need no cleaning.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseUserStoreContract extends UserStoreContract {
    private DatabaseSettings settings;
    private HibernatePersistence persistence;

    /** Creates an empty database (or schema) of its own for this test class. */
    protected abstract DatabaseSettings createDatabase() throws Exception;

    protected abstract void dropDatabase() throws Exception;

    /** The identifier quoted as this database wants it ({@code user} and {@code order} are reserved words). */
    protected abstract String quoted(String identifier);

    @BeforeAll
    void startOnAFreshDatabase() throws Exception {
        settings = createDatabase();
        persistence = HibernatePersistence.start(settings);
    }

    @AfterAll
    void closeAndDrop() throws Exception {
        try {
            if (persistence != null) {
                persistence.close();
            }
        } finally {
            if (settings != null) {
                dropDatabase();
            }
        }
    }

    protected DatabaseSettings settings() {
        return settings;
    }

    protected HibernatePersistence persistence() {
        return persistence;
    }

    @Override
    protected LoadUserPort loadUsers() {
        return persistence.loadUsers();
    }

    @Override
    protected SaveUserPort saveUsers() {
        return persistence.saveUsers();
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        User created = saveUsers().create(NewUser.registered(UUID.randomUUID().toString(), freshName(), "h", null,
                Instant.parse("2024-01-02T03:04:05.678912Z")));
        assertEquals(Instant.parse("2024-01-02T03:04:05.678Z"), created.registerTime());
        assertEquals(Optional.of(created), loadUsers().byId(created.id()));
    }

    @Test
    void timesAreStoredAsUtcWallClock() throws SQLException {
        // the build runs tests in Asia/Shanghai: a time written in the JVM's zone would read 8 hours off
        assumeTrue(TimeZone.getDefault().getRawOffset() != 0, "needs a JVM zone other than UTC");
        Instant at = Instant.parse("2024-01-02T03:04:05.678Z");
        User created = saveUsers().create(NewUser.registered(UUID.randomUUID().toString(), freshName(), "h", null,
                at));
        assertEquals(LocalDateTime.ofInstant(at, ZoneOffset.UTC),
                queryOne("SELECT register_time FROM " + quoted("user") + " WHERE id = ?", LocalDateTime.class,
                        created.id().value()));
        assertEquals(at, loadUsers().byId(created.id()).orElseThrow().registerTime());
    }

    @Test
    void aNewUserGetsItsProfileRowInTheSameTransaction() throws SQLException {
        User created = register(freshName());
        assertNotNull(created.info().id());
        assertEquals(Gender.UNKNOWN, created.info().gender());
        assertEquals("unknown", queryOne("SELECT gender FROM user_info WHERE user_id = ?", String.class,
                created.id().value()));
        assertEquals(1L, queryOne("SELECT COUNT(*) FROM user_info WHERE user_id = ?", Long.class,
                created.id().value()));
    }

    @Test
    void aUserWhoseCreationFailsLeavesNoRows() throws SQLException {
        Username name = freshName();
        register(name);
        String uuid = UUID.randomUUID().toString();
        assertThrows(UniqueConflict.class, () -> saveUsers().create(NewUser.registered(uuid, name, "h", null, NOW)));
        assertEquals(0L, queryOne("SELECT COUNT(*) FROM " + quoted("user") + " WHERE uuid = ?", Long.class, uuid));
    }

    @Test
    void chatSettingsAreKeptAsSentAndInTheirOwnColumns() throws SQLException {
        User user = register(freshName());
        String json = "{\"chatset\":{\"visitor\":{\"sendCount\":0,\"needFollow\":true}}, \"theme\" : \"暗\"}";
        UserSettings settings = new UserSettings(json, new ChatSettings(new SendPolicy(0, true), SendPolicy.DEFAULT));
        saveUsers().update(user.withSettings(settings, NOW));
        long id = user.id().value();
        String where = " FROM " + quoted("user") + " WHERE id = ?";
        assertEquals(json, queryOne("SELECT userset" + where, String.class, id));
        assertEquals(0, queryOne("SELECT chat_visitor_send_count" + where, Integer.class, id));
        assertEquals(1, queryOne("SELECT chat_visitor_need_follow" + where, Integer.class, id));
        assertNull(queryOne("SELECT chat_user_send_count" + where, Integer.class, id));
        assertNull(queryOne("SELECT chat_user_need_follow" + where, Integer.class, id));
        assertEquals(settings, loadUsers().byId(user.id()).orElseThrow().settings());
    }

    @Test
    void columnsTheDomainDoesNotUseKeepTheirDefaults() throws SQLException {
        User user = register(freshName());
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement("SELECT is_deleted, is_email_verified,"
                        + " is_mobile_verified, " + quoted("order") + ", wechat_openid, qq_openid, weibo_uid FROM "
                        + quoted("user") + " WHERE id = ?")) {
            select.setLong(1, user.id().value());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals(List.of(0, 0, 0, 50), List.of(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)));
                assertNull(row.getString(5));
                assertNull(row.getString(6));
                assertNull(row.getString(7));
            }
        }
        assertEquals(50, queryOne("SELECT " + quoted("order") + " FROM user_info WHERE user_id = ?", Integer.class,
                user.id().value()));
    }

    @Test
    void aRowInsertedByHandReadsWithTheSeedDefaultsAndGetsItsProfileOnUpdate() throws SQLException {
        Username name = freshName();
        update("INSERT INTO " + quoted("user") + " (uuid, username, password, userset) VALUES (?, ?, ?, ?)",
                UUID.randomUUID().toString(), name.value(), "hash", "");
        User user = loadUsers().byUsername(name.value()).orElseThrow();
        assertEquals(Role.USER, user.role());
        assertEquals(UserStatus.ENABLED, user.status());
        assertEquals(User.DEFAULT_AVATAR, user.avatar());
        assertEquals("", user.nickname());
        assertEquals(DeviceInfo.UNKNOWN, user.deviceInfo());
        assertEquals(UserSettings.EMPTY, user.settings());
        assertEquals(UserInfo.EMPTY, user.info());
        assertTrue(Duration.between(user.registerTime(), Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0,
                "the default time is now in UTC: " + user.registerTime());

        User updated = saveUsers().update(user.withNickname("手工", NOW));
        assertNotNull(updated.info().id());
        assertEquals(Optional.of(updated), loadUsers().byId(user.id()));
    }

    @Test
    void aRowNoUserCanHoldFailsAsBadDataNotAsTheCallersMistake() throws SQLException {
        // older databases may hold names today's rules refuse; the domain cannot represent them yet
        update("INSERT INTO " + quoted("user") + " (uuid, username, password, userset) VALUES (?, ?, ?, ?)",
                UUID.randomUUID().toString(), "张三", "hash", "");
        // an IllegalStateException is an internal error, never a DomainException answered as the client's fault
        assertThrows(IllegalStateException.class, () -> loadUsers().byUsername("张三"));
    }

    @Test
    void aLockedUserStaysLockedWhileOtherFieldsChange() throws SQLException {
        User user = register(freshName());
        String status = "SELECT status FROM " + quoted("user") + " WHERE id = ?";
        update("UPDATE " + quoted("user") + " SET status = 2 WHERE id = ?", user.id().value());
        User locked = loadUsers().byId(user.id()).orElseThrow();
        assertEquals(UserStatus.DISABLED, locked.status());

        saveUsers().update(locked.withNickname("still locked", NOW));
        assertEquals(2, queryOne(status, Integer.class, user.id().value()));

        saveUsers().update(locked.withStatus(UserStatus.ENABLED, NOW));
        assertEquals(1, queryOne(status, Integer.class, user.id().value()));
    }

    @Test
    void usernamesMatchExactly() {
        Username name = new Username("Aa" + freshName().value().substring(1));
        register(name);
        Username otherCase = new Username(name.value().toLowerCase(java.util.Locale.ROOT));
        assertEquals(Optional.empty(), loadUsers().byUsername(otherCase.value()));
        assertEquals(Optional.empty(), loadUsers().byUsername(name.value() + " "));
        register(otherCase);
    }

    @Test
    void aDeviceIdSpellingAConstraintNameIsStillADeviceConflict() {
        // the database's message also holds the offending value: only the constraint name may decide
        DeviceId device = new DeviceId(("uq_user_username_" + UUID.randomUUID().toString().replace("-", ""))
                .substring(0, 36));
        saveUsers().create(NewUser.visitor(UUID.randomUUID().toString(), freshName(), "h", device, DeviceInfo.UNKNOWN,
                null, NOW));
        UniqueConflict conflict = assertThrows(UniqueConflict.class, () -> saveUsers().create(NewUser.visitor(
                UUID.randomUUID().toString(), freshName(), "h", device, DeviceInfo.UNKNOWN, null, NOW)));
        assertEquals(UniqueConflict.Kind.DEVICE, conflict.kind());
    }

    @Test
    void otherUniqueViolationsAreNotNameOrDeviceConflicts() {
        String uuid = UUID.randomUUID().toString();
        saveUsers().create(NewUser.registered(uuid, freshName(), "h", null, NOW));
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> saveUsers().create(NewUser.registered(uuid, freshName(), "h", null, NOW)));
        assertFalse(failure instanceof UniqueConflict, failure.toString());
    }

    @Test
    void updatingAUserThatDoesNotExistFails() {
        User ghost = NewUser.registered(UUID.randomUUID().toString(), freshName(), "h", null, NOW)
                .withId(UserId.of(Long.MAX_VALUE - 7), UserInfo.EMPTY);
        assertThrows(IllegalStateException.class, () -> saveUsers().update(ghost));
    }

    @Test
    void deletingAUserDeletesItsProfile() throws SQLException {
        User user = register(freshName());
        update("DELETE FROM " + quoted("user") + " WHERE id = ?", user.id().value());
        assertEquals(0L, queryOne("SELECT COUNT(*) FROM user_info WHERE user_id = ?", Long.class, user.id().value()));
    }

    @Test
    void theDatabaseRefusesAGenderOutsideTheThree() {
        User user = register(freshName());
        assertThrows(SQLException.class,
                () -> update("UPDATE user_info SET gender = 'other' WHERE user_id = ?", user.id().value()));
    }

    @Test
    void startingAgainOnAMigratedDatabaseChangesNothing() throws SQLException {
        User user = register(freshName());
        String migrations = "SELECT COUNT(*) FROM " + quoted("flyway_schema_history");
        long before = queryOne(migrations, Long.class);
        try (HibernatePersistence again = HibernatePersistence.start(settings)) {
            assertEquals(Optional.of(user), again.loadUsers().byId(user.id()));
        }
        assertEquals(before, queryOne(migrations, Long.class));
    }

    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    protected <T> T queryOne(String sql, Class<T> type, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), "no row for " + sql);
            return rows.getObject(1, type);
        }
    }

    protected int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
