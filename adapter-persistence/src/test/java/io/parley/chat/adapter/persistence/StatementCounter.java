package io.parley.chat.adapter.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that counts the statements prepared on its connections: what Hibernate sends and what an adapter
 * sends itself through {@code Session.doWork}, each one round trip to the database at least.
 */
final class StatementCounter {
    private final AtomicLong prepared = new AtomicLong();
    private final DataSource counting;

    StatementCounter(DataSource target) {
        this.counting = proxy(DataSource.class, target, "getConnection", connection -> proxy(Connection.class,
                (Connection) connection, "prepare", statement -> {
                    prepared.incrementAndGet();
                    return statement;
                }));
    }

    DataSource dataSource() {
        return counting;
    }

    long prepared() {
        return prepared.get();
    }

    private interface Wrap {
        Object apply(Object result) throws SQLException;
    }

    /** The target, the results of its methods named {@code prefix…} passed through {@code wrap}. */
    private static <T> T proxy(Class<T> type, T target, String prefix, Wrap wrap) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (self, method, arguments) -> {
                    Object result = invoke(method, target, arguments);
                    return method.getName().startsWith(prefix) ? wrap.apply(result) : result;
                }));
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
