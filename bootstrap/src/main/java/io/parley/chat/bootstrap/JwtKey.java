package io.parley.chat.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HS256 key tokens are signed with: {@code PARLEY_JWT_SECRET} when set; otherwise, on a single node, a random
 * key generated once and kept in the data directory, so tokens survive restarts.
 */
final class JwtKey {
    static final String FILE_NAME = "jwt-secret";

    private JwtKey() {
    }

    static byte[] resolve(Settings settings) {
        if (settings.jwtSecret().isPresent()) {
            return settings.jwtSecret().get().getBytes(StandardCharsets.UTF_8);
        }
        Path file = settings.dataDir().resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(settings.dataDir());
                Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                restrictToOwner(file);
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).trim();
            Settings.requireStrongSecret(secret);
            return secret.getBytes(StandardCharsets.US_ASCII);
        } catch (IOException failure) {
            throw new ConfigurationException("cannot keep the token key in " + file + ": " + failure.getMessage()
                    + " (set PARLEY_JWT_SECRET or make PARLEY_DATA_DIR writable)", failure);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions (Windows) keeps its default access rules
        }
    }
}
