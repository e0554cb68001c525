package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The {@code options} of a {@code send} as the JSON text the command wants (API.md c.3 #20). The seed took a
 * URI-encoded JSON string and ran {@code JSON.parse(decodeURIComponent(options))}, anything unreadable giving null;
 * a frame may also carry the JSON value itself, which is kept as it is.
 */
final class SendOptions {
    private final ObjectMapper json;
    /** Text with anything after the JSON value is not JSON, whatever the mapper was configured with. */
    private final ObjectReader strict;

    SendOptions(ObjectMapper json) {
        this.json = json;
        this.strict = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Compact JSON text, or null when absent or unreadable. */
    String normalise(JsonNode options) {
        if (options == null || options.isNull() || options.isMissingNode()) {
            return null;
        }
        if (!options.isTextual()) {
            return compact(options);
        }
        return decodeUriComponent(options.textValue())
                .map(this::parse)
                .map(this::compact)
                .orElse(null);
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = strict.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }

    private String compact(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            // a parsed tree always serialises
            throw new IllegalStateException("cannot write options", impossible);
        }
    }

    /**
     * JavaScript's {@code decodeURIComponent}: {@code %XX} sequences are UTF-8 bytes, everything else (a {@code +}
     * too, unlike form decoding) stands for itself; a broken sequence or bytes that are not UTF-8 make the whole text
     * unreadable.
     */
    static Optional<String> decodeUriComponent(String text) {
        if (text.indexOf('%') < 0) {
            return Optional.of(text);
        }
        StringBuilder decoded = new StringBuilder(text.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '%') {
                if (at + 3 > text.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(text.charAt(at + 1), 16);
                int low = Character.digit(text.charAt(at + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                escaped.write(high * 16 + low);
                at += 3;
                continue;
            }
            if (!flush(escaped, decoded)) {
                return Optional.empty();
            }
            decoded.append(c);
            at++;
        }
        return flush(escaped, decoded) ? Optional.of(decoded.toString()) : Optional.empty();
    }

    private static boolean flush(ByteArrayOutputStream escaped, StringBuilder decoded) {
        if (escaped.size() == 0) {
            return true;
        }
        try {
            decoded.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(escaped.toByteArray())));
            escaped.reset();
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
