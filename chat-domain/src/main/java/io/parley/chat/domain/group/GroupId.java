package io.parley.chat.domain.group;

/** The internal numeric id of a group (column {@code group.id}). */
public record GroupId(long value) {
    public GroupId {
        if (value < 1) {
            throw new IllegalArgumentException("group ids start at 1: " + value);
        }
    }

    public static GroupId of(long value) {
        return new GroupId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
