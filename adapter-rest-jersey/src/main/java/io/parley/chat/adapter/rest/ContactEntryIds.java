package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * #22's {@code userIds} as the clients send it: a JSON array of numbers or numeric strings (the uni-app client),
 * which {@link RequestParams} hands over as its JSON text; a form's {@code userIds[]=3&userIds[]=4}, which
 * {@link BodyParameters} gathers into the same text; or a form's {@code userIds=3,4}. Absent or empty is an empty
 * list, which the command refuses as missing.
 */
final class ContactEntryIds {
    static final String FIELD = "userIds";

    private ContactEntryIds() {
    }

    static List<Long> of(String value, ObjectMapper mapper) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String text = value.trim();
        return text.startsWith("[") ? fromJsonArray(text, mapper) : fromCommaList(text);
    }

    private static List<Long> fromJsonArray(String text, ObjectMapper mapper) {
        JsonNode array;
        try {
            array = mapper.readTree(text);
        } catch (JacksonException notJson) {
            throw badShape();
        }
        if (array == null || !array.isArray()) {
            throw badShape();
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isIntegralNumber() && item.canConvertToLong()) {
                ids.add(item.asLong());
            } else if (item.isTextual()) {
                ids.add(number(item.asText()));
            } else {
                throw badShape();
            }
        }
        return ids;
    }

    private static List<Long> fromCommaList(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            ids.add(number(part));
        }
        return ids;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notANumber) {
            throw badShape();
        }
    }

    private static ValidationException badShape() {
        return new ValidationException(FIELD, Problem.BAD_SHAPE, "an array of contact entry ids");
    }
}
