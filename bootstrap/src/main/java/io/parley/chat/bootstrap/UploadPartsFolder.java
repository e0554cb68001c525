package io.parley.chat.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the parts of an upload wait while its request is read: {@code <PARLEY_DATA_DIR>/upload-parts}, on the data's
 * disk rather than in a {@code /tmp} that may be memory. The HTTP API deletes each part when its request ends; what a
 * crash left behind is deleted at the next start.
 */
final class UploadPartsFolder {
    static final String NAME = "upload-parts";
    /** Older parts belong to no request in progress (no upload takes an hour on a server that just started). */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(UploadPartsFolder.class);

    private UploadPartsFolder() {
    }

    static Path prepare(Path dataDir) {
        Path folder = dataDir.resolve(NAME);
        Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
        try {
            Files.createDirectories(folder);
            try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder)) {
                for (Path part : parts) {
                    if (Files.getLastModifiedTime(part, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(abandoned)) {
                        LOG.info("deleting the abandoned upload part {}", part);
                        Files.deleteIfExists(part);
                    }
                }
            }
            return folder;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot use " + folder + " for uploads (make PARLEY_DATA_DIR writable)",
                    failure);
        }
    }
}
