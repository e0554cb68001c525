package io.parley.chat.application.port.in;

import io.parley.chat.domain.relation.Friendship;
import java.util.Objects;

/** #15: my entry for a contact, with their profile. */
public record FriendInfoView(Friendship entry, PublicProfile friend, int friendStatus) {
    public FriendInfoView {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(friend, "friend");
    }
}
