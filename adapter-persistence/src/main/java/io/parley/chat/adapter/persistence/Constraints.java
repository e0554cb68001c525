package io.parley.chat.adapter.persistence;

import java.util.Locale;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Which named constraint a failed write violated. The migrations name every constraint; each database reports the
 * name its own way (H2: {@code PUBLIC.UQ_USER_USERNAME_INDEX_3}, PostgreSQL: {@code uq_user_username}, MySQL 8:
 * {@code user.uq_user_username}), so names are compared without schema, table, quotes, case and H2's index suffix.
 * The message text is never searched: it also holds the offending value.
 */
final class Constraints {
    private Constraints() {
    }

    /** Whether the failure, or one of its causes, is a violation of the constraint of this name. */
    static boolean violated(Throwable failure, String constraint) {
        return violation(failure).map(v -> names(normalized(v.getConstraintName()), constraint)).orElse(false);
    }

    /** The first constraint violation among the failure and its causes. */
    static Optional<ConstraintViolationException> violation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    private static String normalized(String reported) {
        if (reported == null) {
            return "";
        }
        String name = reported.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "").trim();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static boolean names(String constraint, String expected) {
        return constraint.equals(expected) || constraint.startsWith(expected + "_index_");
    }
}
