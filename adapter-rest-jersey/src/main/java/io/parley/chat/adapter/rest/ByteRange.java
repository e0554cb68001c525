package io.parley.chat.adapter.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single byte range of a {@code Range} header (RFC 9110 14.1.2) resolved against a file's size: {@code bytes=a-b},
 * {@code bytes=a-} and {@code bytes=-n}. Video players ask for one range at a time; a header with several ranges, or
 * one that is not a byte range, is ignored and the whole file is sent, as the RFC allows.
 *
 * @param first the first byte
 * @param last the last byte, inclusive
 */
record ByteRange(long first, long last) {
    private static final String UNIT = "bytes=";
    /** Positions of at most 18 digits: any file fits, and none overflows a long. */
    private static final Pattern SINGLE_RANGE = Pattern.compile("(\\d{0,18})\\s*-\\s*(\\d{0,18})");

    /** The answer to a {@code Range} header for a file of {@code size} bytes. */
    sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** No range, or one we ignore: the whole file, 200. */
    record Whole() implements Request {
    }

    /** 206 with this range. */
    record Part(ByteRange range) implements Request {
    }

    /** 416: the range starts past the end of the file (or asks for the last 0 bytes). */
    record Unsatisfiable() implements Request {
    }

    long length() {
        return last - first + 1;
    }

    /** {@code bytes 0-99/1000}. */
    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    static Request parse(String header, long size) {
        if (header == null || !header.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
            return new Whole();
        }
        Matcher spec = SINGLE_RANGE.matcher(header.substring(UNIT.length()).trim());
        if (!spec.matches() || (spec.group(1).isEmpty() && spec.group(2).isEmpty())) {
            // several ranges, or not a byte range at all
            return new Whole();
        }
        if (spec.group(1).isEmpty()) {
            // the last n bytes
            long suffix = Long.parseLong(spec.group(2));
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = Long.parseLong(spec.group(1));
        Optional<Long> to = spec.group(2).isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(spec.group(2)));
        if (to.isPresent() && to.get() < first) {
            // "bytes=5-3" is not a valid range: ignored (RFC 9110 14.1.1)
            return new Whole();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = to.map(end -> Math.min(end, size - 1)).orElse(size - 1);
        return new Part(new ByteRange(first, last));
    }
}
