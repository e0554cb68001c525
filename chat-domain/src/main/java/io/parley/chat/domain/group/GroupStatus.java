package io.parley.chat.domain.group;

/** A group's state ({@code group.status}, API.md b.5): the seed's codes. */
public enum GroupStatus {
    /** Dissolved by its owner or an administrator: nothing more happens in it; its history is kept (G-G8). */
    DISSOLVED(0),
    ACTIVE(1),
    /** Locked by an administrator: reads go on, writes are refused with {@code GROUP_LOCKED}. */
    LOCKED(2);

    private final int code;

    GroupStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static GroupStatus ofCode(int code) {
        for (GroupStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("no group status " + code);
    }
}
