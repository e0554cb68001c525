package io.parley.chat.domain.relation;

import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.Locale;

/** Where a friend request stands ({@code goodfriendapply.status}, API.md b.4); the wire names are the seed's. */
public enum FriendRequestStatus {
    PENDING,
    REFUSE,
    AGREE,
    IGNORE;

    /** The name in the database and on the wire: {@code pending}, {@code refuse}, {@code agree}, {@code ignore}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a client's {@code status}; anything else is a validation failure of {@code field}. */
    public static FriendRequestStatus of(String field, String value) {
        if (value != null) {
            for (FriendRequestStatus status : values()) {
                if (status.wire().equals(value.trim())) {
                    return status;
                }
            }
        }
        if (value == null || value.isEmpty()) {
            throw new ValidationException(field, Problem.REQUIRED);
        }
        throw new ValidationException(field, Problem.NOT_ONE_OF, "pending, refuse, agree, ignore");
    }
}
