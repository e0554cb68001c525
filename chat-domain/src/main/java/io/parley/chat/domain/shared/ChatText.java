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
    MESSAGE_RECALLED;

    public String text(Language language) {
        return Texts.get("text." + name(), language);
    }

    /** For sentences with blanks ({0}, …). */
    public String text(Language language, Object... args) {
        return Texts.get("text." + name(), language, args);
    }
}
