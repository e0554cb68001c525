package io.parley.chat.application.port.out;

import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.User;

/**
 * Writes users. Each call is its own transaction: a new user and its {@code user_info} row are created together or
 * not at all. Uniqueness of usernames and device bindings is enforced by the store itself, so two concurrent
 * registrations of one name cannot both succeed.
 */
public interface SaveUserPort {
    /**
     * @return the user as stored, with its id and an empty profile
     * @throws UniqueConflict when the username or the device is taken
     */
    User create(NewUser user);

    /**
     * Stores every field of the user as given (the row with the user's id must exist).
     *
     * @throws UniqueConflict when the new username or device binding is taken by another user
     */
    User update(User user);

    /** A username or device binding that another user holds already. */
    final class UniqueConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final Kind kind;

        public UniqueConflict(Kind kind, Throwable cause) {
            super(kind + " is taken", cause);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }

        public enum Kind { USERNAME, DEVICE }
    }
}
