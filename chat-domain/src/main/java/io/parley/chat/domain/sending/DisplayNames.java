package io.parley.chat.domain.sending;

import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.user.User;
import java.util.Optional;

/**
 * How a person is named in a one-to-one message (API.md b.8, e): by the remark the other side gave them, else by
 * their nickname, else by their username.
 */
public final class DisplayNames {
    private DisplayNames() {
    }

    /** The name {@code person} carries for the owner of {@code ownersEntry}. */
    public static String of(User person, Optional<Friendship> ownersEntry) {
        return ownersEntry.filter(Friendship::hasRemark).map(Friendship::remark).orElseGet(person::displayName);
    }
}
