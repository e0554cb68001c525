package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.SaveUserPort.UniqueConflict;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Tells a taken username or device apart from any other failure of a write, by the name of the violated constraint.
 * The migrations name the constraints; each database reports the name its own way (H2: {@code PUBLIC.UQ_USER_USERNAME_INDEX_3},
 * PostgreSQL: {@code uq_user_username}, MySQL 8: {@code user.uq_user_username}), so names are compared without schema,
 * table, case and H2's index suffix. The message text is never searched: it also holds the offending value.
 */
final class UniqueConflicts {
    static final String USERNAME_CONSTRAINT = "uq_user_username";
    static final String DEVICE_CONSTRAINT = "uq_user_devicefingeruuid";

    private UniqueConflicts() {
    }

    /** The conflict the failure stands for, else the failure itself. */
    static RuntimeException translate(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                String constraint = normalized(violation.getConstraintName());
                if (names(constraint, USERNAME_CONSTRAINT)) {
                    return new UniqueConflict(UniqueConflict.Kind.USERNAME, failure);
                }
                if (names(constraint, DEVICE_CONSTRAINT)) {
                    return new UniqueConflict(UniqueConflict.Kind.DEVICE, failure);
                }
                return failure;
            }
        }
        return failure;
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
