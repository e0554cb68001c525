package io.parley.chat.domain.group;

/** A member's state in a group ({@code group_user.status}, API.md b.6, j.9): the seed's codes. */
public enum MemberStatus {
    /** Muted by the owner: still a member, reads, but may not send ({@code MUTED}). */
    MUTED(0),
    ACTIVE(1),
    /** Asked to join and waits for the owner: not a member yet for anything but quitting (G-G2). */
    PENDING(2);

    private final int code;

    MemberStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static MemberStatus ofCode(int code) {
        for (MemberStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("no member status " + code);
    }
}
