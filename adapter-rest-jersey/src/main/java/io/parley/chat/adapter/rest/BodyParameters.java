package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the named fields of a request body; JSON and {@code x-www-form-urlencoded} are the two the clients send. */
final class BodyParameters {
    /** The parameter a body that cannot be read is reported under (API.md j.10). */
    static final String BODY_FIELD = "body";

    enum Kind {
        JSON, FORM,
        /** Anything else (multipart uploads, ...): left unread for the resource that wants the stream. */
        OTHER
    }

    private BodyParameters() {
    }

    static Kind kindOf(MediaType type) {
        if (type == null) {
            // clients that post without a Content-Type send JSON (the uni-app client's default)
            return Kind.JSON;
        }
        if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return Kind.FORM;
        }
        boolean json = type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
        return json ? Kind.JSON : Kind.OTHER;
    }

    static Map<String, String> fromJson(ObjectMapper mapper, byte[] body) {
        if (isBlank(body)) {
            return Map.of();
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException notJson) {
            throw new ValidationException(BODY_FIELD, Problem.NOT_JSON);
        } catch (IOException unreadable) {
            throw new IllegalStateException("reading a byte array cannot fail", unreadable);
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException(BODY_FIELD, Problem.BAD_SHAPE, "{...}");
        }
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String text = asText(field.getValue());
            if (text != null) {
                fields.put(field.getKey(), text);
            }
        }
        return fields;
    }

    /**
     * First value wins when a name repeats. The array notation of form encoders ({@code ids[]=3&ids[]=4}, also
     * {@code ids[0]=3}) gathers its values, in the order sent, into the JSON text of an array of strings under
     * {@code ids}, so that an array reads the same from a form as from JSON (#22's {@code userIds}).
     */
    static Map<String, String> fromForm(byte[] body, MediaType type) {
        Charset charset = charsetOf(type);
        String text = new String(body, charset);
        Map<String, String> fields = new HashMap<>();
        if (text.isBlank()) {
            return fields;
        }
        Map<String, List<String>> arrays = new LinkedHashMap<>();
        try {
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                String arrayName = arrayNameOf(name);
                if (arrayName == null) {
                    fields.putIfAbsent(name, value);
                } else {
                    arrays.computeIfAbsent(arrayName, n -> new ArrayList<>()).add(value);
                }
            }
        } catch (IllegalArgumentException badEscape) {
            throw new ValidationException(BODY_FIELD, Problem.BAD_SHAPE, "application/x-www-form-urlencoded");
        }
        arrays.forEach((name, values) -> fields.putIfAbsent(name, jsonArrayOf(values)));
        return fields;
    }

    /** {@code ids} for {@code ids[]} and {@code ids[7]}; null for any other name. */
    private static String arrayNameOf(String name) {
        int open = name.indexOf('[');
        if (open < 1 || !name.endsWith("]")) {
            return null;
        }
        String index = name.substring(open + 1, name.length() - 1);
        return index.chars().allMatch(Character::isDigit) ? name.substring(0, open) : null;
    }

    private static String jsonArrayOf(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            json.append(json.length() > 1 ? "," : "").append('"');
            json.append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
        }
        return json.append(']').toString();
    }

    /** JSON null counts as absent; containers stay JSON text (a client may send {@code userset} as an object). */
    private static String asText(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static Charset charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new ValidationException(BODY_FIELD, Problem.BAD_SHAPE, "charset");
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
