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
