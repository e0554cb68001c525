package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The {@code options} parameter of #20 (API.md b.8, c.3): the client sends
 * {@code encodeURIComponent(JSON.stringify(o))} and the seed read it with {@code JSON.parse(decodeURIComponent(…))},
 * keeping {@code null} when that failed. Options never refuse a message; whatever cannot be read is dropped.
 */
final class ClientOptions {
    private ClientOptions() {
    }

    /**
     * The options as compact JSON text, or {@code null} when absent, empty, JSON {@code null} or unreadable.
     * A JSON client that posts {@code options} as an object rather than encoded text is read too: its value reaches
     * us as JSON text that may not survive percent-decoding (a literal {@code %} in a string).
     */
    static String read(String raw, ObjectMapper mapper) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String decoded = decodeUriComponent(raw);
        JsonNode value = decoded == null ? null : parse(decoded, mapper);
        if (value == null && !raw.equals(decoded)) {
            value = parse(raw, mapper);
        }
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException("a parsed JSON tree is always writable", cannotHappen);
        }
    }

    /**
     * JavaScript's {@code decodeURIComponent}: {@code %XX} sequences are UTF-8 bytes, everything else stays as it
     * is. Unlike {@link java.net.URLDecoder} a {@code +} stays a {@code +}; a broken escape or a byte sequence that
     * is not UTF-8 makes the whole text unreadable ({@code URIError} in the seed), answered as {@code null}.
     */
    static String decodeUriComponent(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            int end = percent < 0 ? text.length() : percent;
            bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            int high = percent + 2 < text.length() ? Character.digit(text.charAt(percent + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(text.charAt(percent + 2), 16);
            if (low < 0) {
                return null;
            }
            bytes.write(high << 4 | low);
            i = percent + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Null when the text is not exactly one JSON value (blank text, trailing junk, not JSON at all). */
    private static JsonNode parse(String text, ObjectMapper mapper) {
        try {
            JsonNode value = mapper.readTree(text);
            return value == null || value.isMissingNode() ? null : value;
        } catch (JacksonException unreadable) {
            return null;
        }
    }
}
