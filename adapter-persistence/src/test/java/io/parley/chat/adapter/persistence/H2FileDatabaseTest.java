package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.Username;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file under the data directory that outlives the server. */
class H2FileDatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void usersSurviveACloseAndAStart() {
        DatabaseSettings settings = new DatabaseSettings(H2Files.url(dataDir), null, null, 2);
        DeviceId device = new DeviceId(UUID.randomUUID().toString());
        User created;
        HibernatePersistence first = HibernatePersistence.start(settings);
        try {
            assertTrue(first.databaseProduct().startsWith("H2 "), first.databaseProduct());
            created = first.saveUsers().create(NewUser.visitor(UUID.randomUUID().toString(), new Username("VIS12345678"),
                    "h", device, new DeviceInfo("web", "Pixel", "Android", "Google"), "10.0.0.1",
                    Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        } finally {
            first.close();
        }
        first.close(); // a second close, as from a second shutdown hook, does no harm
        assertTrue(Files.isRegularFile(dataDir.resolve("parley.mv.db")), "the database is a file in the data directory");

        try (HibernatePersistence second = HibernatePersistence.start(settings)) {
            assertEquals(Optional.of(created), second.loadUsers().byDevice(device));
            assertEquals(Optional.of(created), second.loadUsers().byUsername("VIS12345678"));
        }
    }
}
