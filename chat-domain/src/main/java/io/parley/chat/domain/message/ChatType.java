package io.parley.chat.domain.message;

import java.util.Arrays;
import java.util.Optional;

/** One-to-one or group; the wire names of the seed. */
public enum ChatType {
    SINGLE("single"),
    GROUP("group");

    private final String wireName;

    ChatType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ChatType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
