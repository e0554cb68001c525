package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserInfo;
import io.parley.chat.domain.user.UserStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Users in the {@code user} and {@code user_info} tables. Every call is one transaction of its own; a user and its
 * profile are read together in one query and created together in one transaction.
 */
final class HibernateUserAdapter implements LoadUserPort, SaveUserPort {
    private static final String USER_WITH_INFO =
            "select u, i from User u left join UserInfo i on i.userId = u.id where u.%s = :key";
    /** '!' rather than a backslash, which MySQL also reads as an escape inside string literals. */
    private static final char LIKE_ESCAPE = '!';
    private static final String SEARCH = "select u, i from User u left join UserInfo i on i.userId = u.id"
            + " where u.username like :pattern escape '" + LIKE_ESCAPE + "'"
            + " and u.status = :enabled and u.role = :role and u.id <> :except"
            + " order by length(u.username), u.id";

    private final SessionFactory sessions;

    HibernateUserAdapter(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return read("id", id.value());
    }

    @Override
    public Optional<User> byUuid(String uuid) {
        return read("uuid", uuid).filter(user -> user.uuid().equals(uuid));
    }

    /** Exact, also on MariaDB/MySQL, whose collations ignore trailing spaces in comparisons. */
    @Override
    public Optional<User> byUsername(String username) {
        return read("username", username).filter(user -> user.username().value().equals(username));
    }

    @Override
    public Optional<User> byDevice(DeviceId device) {
        return read("device", device.value());
    }

    @Override
    public List<User> searchByUsername(String fragment, UserId except, PageRequest page) {
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(except, "except");
        Objects.requireNonNull(page, "page");
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery(SEARCH, Object[].class)
                    .setParameter("pattern", "%" + literal(fragment) + "%")
                    .setParameter("enabled", (short) UserStatus.ENABLED.code())
                    .setParameter("role", Role.USER.wireName())
                    .setParameter("except", except.value())
                    .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
                    .setMaxResults(page.limit())
                    .getResultList()
                    .stream()
                    .map(columns -> UserMapper.toDomain((UserEntity) columns[0], (UserInfoEntity) columns[1]))
                    .toList();
        });
    }

    /** The fragment as a LIKE pattern that matches it literally: its wildcards and the escape character escaped. */
    static String literal(String fragment) {
        StringBuilder pattern = new StringBuilder(fragment.length() + 8);
        for (char c : fragment.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.toString();
    }

    @Override
    public User create(NewUser newUser) {
        return write(session -> {
            UserEntity user = UserMapper.newUser(newUser);
            session.persist(user);
            UserInfoEntity info = UserMapper.newInfo(user.id, UserInfo.EMPTY, newUser.at());
            session.persist(info);
            return new Row(user, info);
        });
    }

    @Override
    public User update(User user) {
        return write(session -> {
            Row row = select(session, "id", user.id().value())
                    .orElseThrow(() -> new IllegalStateException("there is no user " + user.id() + " to update"));
            UserMapper.write(user, row.user());
            UserInfoEntity info = row.info();
            if (info == null) {
                // data from elsewhere may lack the profile row that every user has: give it one
                info = UserMapper.newInfo(row.user().id, user.info(), user.updateTime());
                session.persist(info);
            } else if (UserMapper.write(user.info(), info)) {
                info.updateTime = UserMapper.stored(user.updateTime());
            }
            return new Row(row.user(), info);
        });
    }

    private Optional<User> read(String attribute, Object key) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return select(session, attribute, key).map(Row::toDomain);
        });
    }

    /** Runs the change and flushes it inside the transaction, so that a violated constraint surfaces here. */
    private User write(Function<Session, Row> change) {
        try {
            return sessions.fromTransaction(session -> {
                Row written = change.apply(session);
                session.flush();
                return written.toDomain();
            });
        } catch (RuntimeException failure) {
            throw UniqueConflicts.translate(failure);
        }
    }

    private static Optional<Row> select(Session session, String attribute, Object key) {
        return session.createSelectionQuery(USER_WITH_INFO.formatted(attribute), Object[].class)
                .setParameter("key", key)
                .uniqueResultOptional()
                .map(columns -> new Row((UserEntity) columns[0], (UserInfoEntity) columns[1]));
    }

    private record Row(UserEntity user, UserInfoEntity info) {
        User toDomain() {
            return UserMapper.toDomain(user, info);
        }
    }
}
