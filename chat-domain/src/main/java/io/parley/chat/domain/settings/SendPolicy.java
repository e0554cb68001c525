package io.parley.chat.domain.settings;

/**
 * What a user allows one kind of stranger (visitors, or registered users who are not friends) to do:
 * {@code sendCount} 0 = nothing until they log in / become friends, 1 = one message until a reply or a follow,
 * 2 = no limit; {@code needFollow} = they must follow first (API.md b.7, j.3).
 */
public record SendPolicy(int sendCount, boolean needFollow) {
    public static final int FORBIDDEN = 0;
    public static final int ONE_MESSAGE = 1;
    public static final int UNLIMITED = 2;

    /** What applies when the user has said nothing: one message, no follow needed. */
    public static final SendPolicy DEFAULT = new SendPolicy(ONE_MESSAGE, false);

    public SendPolicy {
        if (sendCount < FORBIDDEN || sendCount > UNLIMITED) {
            throw new IllegalArgumentException("sendCount must be 0, 1 or 2: " + sendCount);
        }
    }

    public static boolean isValidSendCount(long sendCount) {
        return sendCount >= FORBIDDEN && sendCount <= UNLIMITED;
    }
}
