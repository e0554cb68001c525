package io.parley.chat.adapter.persistence;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.hibernate.PessimisticLockException;
import org.hibernate.exception.LockAcquisitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a write again when it lost a race that the database settled by failing it: a deadlock, a lock wait that timed
 * out, or a unique constraint the caller names because it guards a row that parallel writers may both try to create
 * (the loser retries and finds the winner's row). Each attempt must be a transaction of its own, so that a retry
 * starts afresh from what is committed by then.
 */
final class ContendedWrites {
    private static final Logger LOG = LoggerFactory.getLogger(ContendedWrites.class);
    static final int ATTEMPTS = 10;

    private ContendedWrites() {
    }

    static <T> T retried(String what, Supplier<T> attempt, String... raceConstraints) {
        for (int round = 1; ; round++) {
            try {
                return attempt.get();
            } catch (RuntimeException failed) {
                if (round >= ATTEMPTS || !lostARace(failed, raceConstraints)) {
                    throw failed;
                }
                LOG.debug("{}: attempt {} lost a race, trying again ({})", what, round, failed.toString());
                pause(round);
            }
        }
    }

    static boolean lostARace(Throwable failure, String... raceConstraints) {
        for (String constraint : raceConstraints) {
            if (Constraints.violated(failure, constraint)) {
                return true;
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockAcquisitionException || cause instanceof PessimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            // SQL state class 40 is "transaction rollback": deadlocks and serialization failures on every database
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause that grows with the rounds, so that the same writers do not collide again at once. */
    private static void pause(int round) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * round + 2));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write", interrupted);
        }
    }
}
