package io.parley.chat.domain.user;

import io.parley.chat.domain.shared.Ensure;

/** A password as typed by the person: 6 to 20 characters (API.md #1). Never stored, never logged. */
public final class Password {
    public static final int MIN = 6;
    public static final int MAX = 20;

    private final String raw;

    private Password(String raw) {
        this.raw = raw;
    }

    public static Password of(String field, String raw) {
        return new Password(Ensure.length(field, raw, MIN, MAX));
    }

    /** A password that is only compared, never set: any non-empty text (old passwords may predate the rules). */
    public static Password forCheck(String field, String raw) {
        return new Password(Ensure.present(field, raw));
    }

    public String reveal() {
        return raw;
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
