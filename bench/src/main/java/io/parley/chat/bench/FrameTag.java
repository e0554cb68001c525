package io.parley.chat.bench;

/**
 * The generator's mark on each message, carried through the server and back: {@code <step>.<seq>.<intended>}, where
 * {@code intended} is the {@link System#nanoTime()} at which the open-loop schedule meant to send it. Latency is
 * measured from that time, not from the actual send, so that a late generator cannot hide server delay
 * (no coordinated omission).
 */
final class FrameTag {
    /** Where the tag sits in a raw-router frame, and in Parley's {@code singleChat}, {@code sent} and {@code fail}. */
    static final String RAW_KEY = "\"id\":\"";
    static final String PARLEY_KEY = "\"client_msg_id\":\"";

    private int step;
    private long seq;
    private long intendedNanos;

    int step() {
        return step;
    }

    long seq() {
        return seq;
    }

    long intendedNanos() {
        return intendedNanos;
    }

    static StringBuilder append(StringBuilder to, int step, long seq, long intendedNanos) {
        return to.append(step).append('.').append(seq).append('.').append(intendedNanos);
    }

    /**
     * Reads the first tag after {@code key} in {@code text} into this holder; false when there is none or it is not
     * a tag of ours. Reads in place, into a holder each connection reuses: nothing is allocated per frame.
     */
    boolean read(CharSequence text, String key) {
        int at = indexOf(text, key);
        if (at < 0) {
            return false;
        }
        long stepValue = 0;
        long seqValue = 0;
        int part = 0;
        boolean digits = false;
        long value = 0;
        for (int i = at + key.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits = true;
            } else if (c == '.' && digits && part < 2) {
                if (part == 0) {
                    stepValue = value;
                } else {
                    seqValue = value;
                }
                part++;
                value = 0;
                digits = false;
            } else if (c == '"' && digits && part == 2) {
                this.step = (int) stepValue;
                this.seq = seqValue;
                this.intendedNanos = value;
                return true;
            } else {
                return false;
            }
        }
        return false;
    }

    static int indexOf(CharSequence text, String key) {
        int last = text.length() - key.length();
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < key.length(); j++) {
                if (text.charAt(i + j) != key.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean startsWith(CharSequence text, String prefix) {
        if (text.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
