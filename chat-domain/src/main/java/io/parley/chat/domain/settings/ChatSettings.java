package io.parley.chat.domain.settings;

import java.util.Objects;

/** Who may message this user before being friends: one {@link SendPolicy} per sender role ({@code userset.chatset}). */
public record ChatSettings(SendPolicy visitor, SendPolicy user) {
    public static final ChatSettings DEFAULT = new ChatSettings(SendPolicy.DEFAULT, SendPolicy.DEFAULT);

    public ChatSettings {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(user, "user");
    }
}
