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
    SYSTEM_SENDER_NAME;

    public String text(Language language) {
        return Texts.get("text." + name(), language);
    }

    /** For sentences with blanks ({0}, …). */
    public String text(Language language, Object... args) {
        return Texts.get("text." + name(), language, args);
    }
}
