package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.bootstrap.HttpJson.Answer;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The jar the README tells people to run: started as a separate process with no configuration but a port and a data
 * directory, it serves HTTP and the WebSocket, and stops cleanly on SIGTERM. Catches what only the shaded jar can
 * break (merged service files, the manifest).
 */
class RunnableJarIT {

    @Test
    void theJarStartsOnTheEmbeddedDefaultAndStopsCleanly() throws Exception {
        try (ServerProcess server = ServerProcess.start("embedded", Map.of())) {
            server.awaitListening();
            Answer registered = server.http().post("/api/regChat", Map.of("username", "jar_" + UUID.randomUUID()
                    .toString().substring(0, 8), "password", "secret1"));
            assertTrue(registered.ok(), registered + "\n" + server.log());
            try (WsClient socket = WsClient.connect(server.wsBase(), registered.data().path("token").asText())) {
                assertEquals("system", socket.next().path("type").asText());
            }
            assertTrue(server.log().contains("PARLEY_JWT_SECRET=(unset: kept in the data directory)"),
                    "the effective configuration is printed");
            assertTrue(Files.isRegularFile(server.dataDir().resolve(JwtKey.FILE_NAME)), "the token key is kept");

            assertTrue(server.stop(), "the server stops on SIGTERM\n" + server.log());
            assertTrue(server.log().contains("Parley stopping"), server.log());
        }
    }
}
