package io.parley.chat.application.port.in;

import io.parley.chat.domain.relation.Friendship;
import java.util.Objects;

/** One of my contacts: my entry for them, who they are, and whether I block them. */
public record FriendView(Friendship entry, UserSummary friend, boolean blocked) {
    public FriendView {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(friend, "friend");
    }

    /** The name the list files them under: my remark, else their nickname, else their username. */
    public String name() {
        if (entry.hasRemark()) {
            return entry.remark();
        }
        return friend.nickname() == null || friend.nickname().isEmpty() ? friend.username() : friend.nickname();
    }
}
