package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;

/**
 * The one Jackson configuration of the HTTP API: it reads request bodies and {@code userset} documents and writes
 * every response. Instants are written as the seed's clients know them ({@code 2025-07-13T03:46:05.000Z}, API.md b).
 */
final class JsonMapping {
    /** ISO-8601 in UTC, always with milliseconds (Jackson's own writer drops a zero fraction). */
    static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private JsonMapping() {
    }

    static ObjectMapper create() {
        JavaTimeModule time = new JavaTimeModule();
        time.addSerializer(Instant.class, new UtcMillisSerializer());
        return JsonMapper.builder()
                .addModule(time)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // "{} junk" is not JSON; without this Jackson would stop after the first value and accept it
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC))
                .build();
    }

    private static final class UtcMillisSerializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        UtcMillisSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(UTC_MILLIS.format(value));
        }
    }
}
