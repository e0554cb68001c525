package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMappingTest {
    private final ObjectMapper mapper = JsonMapping.create();

    record Sample(Instant at, LocalDate day, String nothing) {
    }

    @Test
    void instantsAreUtcWithMillisAndDatesAreIsoAndNullsAreKept() throws Exception {
        String json = mapper.writeValueAsString(new Sample(Instant.parse("2025-07-13T03:46:05Z"),
                LocalDate.of(2000, 2, 29), null));

        assertEquals("{\"at\":\"2025-07-13T03:46:05.000Z\",\"day\":\"2000-02-29\",\"nothing\":null}", json);
    }

    @Test
    void unknownPropertiesAreIgnoredOnRead() throws Exception {
        Sample read = mapper.readValue("{\"day\":\"2000-02-29\",\"surprise\":1}", Sample.class);

        assertEquals(LocalDate.of(2000, 2, 29), read.day());
    }

    @Test
    void trailingTextAfterTheDocumentIsNotJson() {
        assertThrows(JacksonException.class, () -> mapper.readValue("{} x", Map.class));
    }
}
