package io.parley.chat.adapter.rest;

import java.text.Normalizer;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The letter a name is filed under in the friend list (#14, API.md j.6): a Latin letter stands for itself in upper
 * case, a Chinese character for the first letter of its first pinyin reading, anything else for {@link #OTHER}.
 */
final class NameInitials {
    /** The group of names that start with no letter: digits, emoji, punctuation, the empty name. */
    static final String OTHER = "#";

    private NameInitials() {
    }

    /** {@code "A"}…{@code "Z"} or {@link #OTHER}; leading blanks are not part of a name's look. */
    static String initialOf(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return OTHER;
        }
        int first = trimmed.codePointAt(0);
        char latin = latinBase(first);
        if (latin != 0) {
            return String.valueOf(Character.toUpperCase(latin));
        }
        if (Character.isBmpCodePoint(first) && Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) first);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                char letter = latinBase(readings[0].charAt(0));
                if (letter != 0) {
                    return String.valueOf(Character.toUpperCase(letter));
                }
            }
        }
        return OTHER;
    }

    /**
     * The ASCII letter a code point is written with, else 0: {@code é} is an {@code e} and a full-width {@code Ａ}
     * an {@code A} (compatibility decomposition), so they join the group their readers expect.
     */
    private static char latinBase(int codePoint) {
        if (!Character.isLetter(codePoint)) {
            return 0;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        char base = decomposed.isEmpty() ? 0 : decomposed.charAt(0);
        return base < 128 && Character.isLetter(base) ? base : 0;
    }
}
