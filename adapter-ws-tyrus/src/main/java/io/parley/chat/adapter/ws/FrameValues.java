package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.JsonNode;

/** The values of a client frame as the HTTP API would have received them, for the commands' factories. */
final class FrameValues {
    private FrameValues() {
    }

    /**
     * A parameter as the same request over HTTP would carry it: a string as it is, any other value as its JSON text
     * (a number is its digits; data given as an object is that object's JSON), absent or null as nothing. The core
     * validates it and names the faulty field.
     */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
