package io.parley.chat.domain.shared;

/**
 * The stable reason of every refusal or failure Parley reports (API.md j.1, j.9).
 * Clients and tests match on these names, never on the words; the words live in
 * {@code texts_zh.properties} / {@code texts_en.properties} under {@code reason.<NAME>}.
 */
public enum ReasonCode {
    VALIDATION_FAILED,
    TOKEN_MISSING,
    TOKEN_INVALID,
    TOKEN_EXPIRED,
    USER_DISABLED,
    VISITOR_FORBIDDEN,
    USERNAME_TAKEN,
    BAD_CREDENTIALS,
    WRONG_PASSWORD,
    SIGNATURE_MISSING,
    SIGNATURE_INVALID,
    REQUEST_EXPIRED,
    USER_NOT_FOUND,
    RECIPIENT_UNAVAILABLE,
    BLACKLISTED,
    FOLLOW_REQUIRED,
    LOGIN_REQUIRED,
    FRIENDSHIP_REQUIRED,
    ONE_MESSAGE_LIMIT,
    SELF_NOT_ALLOWED,
    NOT_FRIENDS,
    ALREADY_FRIENDS,
    REQUEST_PENDING,
    REQUEST_NOT_FOUND,
    GROUP_NOT_FOUND,
    GROUP_LOCKED,
    GROUP_DISSOLVED,
    NOT_GROUP_MEMBER,
    NOT_GROUP_OWNER,
    ALREADY_MEMBER,
    JOIN_PENDING,
    GROUP_FULL,
    MUTED,
    MESSAGE_NOT_FOUND,
    NOT_MESSAGE_SENDER,
    RECALL_WINDOW_PASSED,
    APPROVAL_REQUIRED,
    NOT_SUPPORTED,
    ADMIN_TOKEN_REQUIRED,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    UPLOAD_TOO_LARGE,
    UPLOAD_TYPE_REFUSED,
    RATE_LIMITED,
    INTERNAL_ERROR,
    BAD_FRAME,
    /** A dependency this node needs (the database, Redis in a cluster) does not answer: readiness (HTTP 503). */
    NOT_READY;

    /** The reason in words, in the caller's language. */
    public String text(Language language) {
        return Texts.get("reason." + name(), language);
    }

    /**
     * The reason as the WebSocket handshake words it: the seed used its own sentences there (API.md d.1), which its
     * clients show; reasons it had no sentence for read as on HTTP.
     */
    public String handshakeText(Language language) {
        return Texts.find("handshake." + name(), language).orElseGet(() -> text(language));
    }
}
