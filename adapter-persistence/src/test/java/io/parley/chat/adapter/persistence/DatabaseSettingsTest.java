package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
    @Test
    void printingSettingsNeverShowsAPassword() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://db/parley?user=chat&password=s3cret&ssl=true", "chat", "t0psecret", 10);
        String printed = settings.toString();
        assertFalse(printed.contains("s3cret"), printed);
        assertFalse(printed.contains("t0psecret"), printed);
        assertTrue(printed.contains("ssl=true"), printed);
        assertEquals("jdbc:h2:file:/data/parley;PASSWORD=****;DB_CLOSE_ON_EXIT=FALSE",
                new DatabaseSettings("jdbc:h2:file:/data/parley;PASSWORD=x;DB_CLOSE_ON_EXIT=FALSE", null, null, 1)
                        .maskedUrl());
    }

    @Test
    void refusesWhatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings("postgresql://db/x", "u", "p", 5));
        assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings("jdbc:h2:mem:x", null, null, 0));
        assertThrows(NullPointerException.class, () -> new DatabaseSettings(null, null, null, 1));
    }
}
