package io.parley.chat.domain.user;

import java.util.Arrays;
import java.util.Optional;

/** Registered user or anonymous visitor; the wire name is the lower-case word of the seed. */
public enum Role {
    USER("user"),
    VISITOR("visitor");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
