package io.parley.chat.adapter.persistence.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.contract.MediaStoreContract;
import io.parley.chat.application.port.out.MediaStorePort;
import io.parley.chat.domain.media.MediaFormat;
import io.parley.chat.domain.media.MediaPath;
import io.parley.chat.domain.media.StoredMedia;
import io.parley.chat.domain.media.UploadFolder;
import io.parley.chat.domain.media.UploadTarget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system media store keeps the media store's contract, and its files are where their paths say. */
class FileSystemMediaStoreTest extends MediaStoreContract {
    @TempDir
    static Path dataDir;

    private static FileSystemMediaStore store;

    private static FileSystemMediaStore shared() {
        if (store == null) {
            store = FileSystemMediaStore.open(dataDir.resolve("media"));
        }
        return store;
    }

    @Override
    protected MediaStorePort store() {
        return shared();
    }

    @Override
    protected long filesHeld() {
        return regularFilesUnder(dataDir);
    }

    private static long regularFilesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileLivesAtItsPathBelowTheRoot() throws IOException {
        byte[] content = bytes(1_234, 9);
        StoredMedia stored = shared().create(() -> path("here"), new ByteArrayInputStream(content));

        Path file = shared().root().resolve(stored.path().toString());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(Files.getLastModifiedTime(file).toInstant(), stored.lastModified());
    }

    @Test
    void aDiyFolderThatTriesToClimbOutStaysBelowTheRoot(@TempDir Path elsewhere) throws IOException {
        FileSystemMediaStore inner = FileSystemMediaStore.open(elsewhere.resolve("a/b/media"));
        for (String diydir : new String[] {"..", "../..", "/etc", "..\\..", "%2e%2e%2f"}) {
            try {
                UploadTarget target = new UploadTarget.DiyFolder(UploadFolder.fromDiyDir(diydir));
                inner.create(() -> target.newPath(Instant.now(), 1, MediaFormat.PNG),
                        new ByteArrayInputStream(bytes(10, 1)));
            } catch (io.parley.chat.domain.shared.ValidationException refused) {
                // nothing left of the name: refused before the store is asked
            }
        }
        try (Stream<Path> files = Files.walk(elsewhere)) {
            files.filter(Files::isRegularFile).forEach(file -> assertTrue(file.startsWith(inner.root()),
                    file + " is outside the media root"));
        }
        assertEquals(2, regularFilesUnder(inner.root()), "'/etc' and '%2e%2e%2f' kept letters; the others nothing");
        assertTrue(Files.isDirectory(inner.root().resolve("uploads/Diy/etc")));
        assertTrue(Files.isDirectory(inner.root().resolve("uploads/Diy/2e2e2f")));
    }

    @Test
    void uploadsAbandonedByACrashAreSweptAtTheNextStartButFreshOnesAreNot(@TempDir Path root) throws IOException {
        FileSystemMediaStore.open(root);
        Path abandoned = Files.writeString(root.resolve(".staging/upload-1.part"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(FileSystemMediaStore.ABANDONED_AFTER)
                .minusSeconds(60)));
        Path inProgress = Files.writeString(root.resolve(".staging/upload-2.part"), "another node's");

        FileSystemMediaStore.open(root);

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(inProgress));
    }

    @Test
    void theStagingFolderIsNotAPathAnyoneCanAsk() {
        assertTrue(MediaPath.parse(".staging/upload-1.png").isEmpty());
        assertEquals(List.of("uploads"), path("x").folders().subList(0, 1));
    }
}
