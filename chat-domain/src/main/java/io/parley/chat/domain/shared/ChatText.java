package io.parley.chat.domain.shared;

/** Sentences that are not refusals: confirmations and frames, in the text bundles under {@code text.<NAME>}. */
public enum ChatText {
    WELCOME,
    FORCE_LOGOUT,
    NICKNAME_UPDATED,
    AVATAR_UPDATED,
    SETTING_SAVED,
    PASSWORD_CHANGED,
    /** {0}: the display name of who recalled the message (N-6). */
    MESSAGE_RECALLED,
    /** The system's greeting to a new visitor, delivered as a message (N-0). */
    VISITOR_WELCOME,
    /** The sender name the system's messages carry. */
    SYSTEM_SENDER_NAME,
    /** N-3, {0}: the creator's name. */
    GROUP_CREATED,
    /** N-3b, {0}: the new name. */
    GROUP_RENAMED,
    /** N-3b, {0}: the announcement. */
    GROUP_ANNOUNCEMENT,
    /** N-4, {0}: {@link #GROUP_INVITED_BY} or empty, {1}: the joiner's name. */
    GROUP_JOINED,
    /** {0}: the inviter's name; the prefix of N-4 and N-4b when someone invited. */
    GROUP_INVITED_BY,
    /** N-4b, {0}: the inviter prefix or empty, {1}: the joiner's name, {2}: the group's name. */
    GROUP_JOIN_REQUEST,
    /** The sender name of N-4b. */
    GROUP_JOIN_SENDER_NAME,
    /** The sender name of N-4 (the seed's {@code 加群申请提醒}). */
    GROUP_JOINED_SENDER_NAME,
    /** {0}: the group's name; to a joiner the owner turned away. */
    GROUP_JOIN_REJECTED,
    /** N-5, {0}: when. */
    GROUP_DISSOLVED,
    /** N-5, {0}: who left, {1}: when. */
    GROUP_QUIT,
    /** {0}: the owner's name, {1}: the kicked member's name. */
    GROUP_KICKED,
    /** {0}: the owner's name, {1}: the member's name. */
    GROUP_MUTED,
    /** {0}: the owner's name, {1}: the member's name. */
    GROUP_UNMUTED,
    /** #27's answer. */
    GROUP_MEMBER_REMOVED,
    /** #30's answer when the joiner is in. */
    GROUP_JOINED_ANSWER,
    /** #30's answer when the owner must approve. */
    GROUP_JOIN_WAITING,
    /** #29's answer. */
    GROUP_DECIDED,
    /** The sender name of the notice of a new friend request (N-1). */
    FRIEND_REQUEST_SENDER_NAME,
    /** {0}: the applicant's display name (N-1). */
    FRIEND_REQUEST_RECEIVED,
    /** What each new friend hears from the other (N-2). */
    NOW_FRIENDS,
    /** {0}: the display name of who declined (the refusal notice of j.9). */
    FRIEND_REQUEST_REFUSED,
    /** #38's answer. */
    FRIEND_DELETED;

    public String text(Language language) {
        return Texts.get("text." + name(), language);
    }

    /** For sentences with blanks ({0}, …). */
    public String text(Language language, Object... args) {
        return Texts.get("text." + name(), language, args);
    }
}
