package io.parley.chat.application.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.port.out.MediaStorePort;
import io.parley.chat.domain.media.MediaFormat;
import io.parley.chat.domain.media.MediaPath;
import io.parley.chat.domain.media.StoredMedia;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every media store does (the file system under the data directory, the in-memory one of the use-case tests,
 * and any object store to come): stores whole files under fresh paths, never replaces one, reads ranges, and keeps
 * nothing of an upload that failed. Each test works in a folder of its own, so a shared store needs no cleaning.
 */
public abstract class MediaStoreContract {
    protected abstract MediaStorePort store();

    /** Every file the store holds, finished or not (partial files included), to prove that nothing stays behind. */
    protected abstract long filesHeld();

    private final String folder = "contract-" + UUID.randomUUID().toString().substring(0, 8);

    protected MediaPath path(String name) {
        return MediaPath.of(List.of("uploads", folder), name, MediaFormat.PNG);
    }

    protected static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 131 + seed);
        }
        return bytes;
    }

    protected byte[] read(MediaPath path, long offset, long length) {
        try (InputStream in = store().open(path, offset, length)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Supplier<MediaPath> paths(MediaPath... offered) {
        Iterator<MediaPath> next = List.of(offered).iterator();
        return next::next;
    }

    @Test
    void storesAFileAndReadsItBackWhole() {
        byte[] content = bytes(300_000, 1);
        StoredMedia stored = store().create(paths(path("a")), new ByteArrayInputStream(content));

        assertEquals(path("a"), stored.path());
        assertEquals(content.length, stored.size());
        assertEquals(Optional.of(stored), store().find(path("a")));
        assertArrayEquals(content, read(path("a"), 0, content.length));
    }

    @Test
    void readsAnyRangeOfAFile() {
        byte[] content = bytes(10_000, 2);
        store().create(paths(path("r")), new ByteArrayInputStream(content));

        assertArrayEquals(java.util.Arrays.copyOfRange(content, 0, 1), read(path("r"), 0, 1));
        assertArrayEquals(java.util.Arrays.copyOfRange(content, 500, 4_500), read(path("r"), 500, 4_000));
        assertArrayEquals(java.util.Arrays.copyOfRange(content, 9_999, 10_000), read(path("r"), 9_999, 1));
        assertArrayEquals(new byte[0], read(path("r"), 10_000, 0));
    }

    @Test
    void storesAnEmptyFile() {
        StoredMedia stored = store().create(paths(path("empty")), new ByteArrayInputStream(new byte[0]));
        assertEquals(0, stored.size());
        assertEquals(Optional.of(stored), store().find(path("empty")));
    }

    @Test
    void neverReplacesAStoredFileButTakesTheNextPath() {
        byte[] first = bytes(1_000, 3);
        byte[] second = bytes(2_000, 4);
        store().create(paths(path("taken")), new ByteArrayInputStream(first));

        StoredMedia stored = store().create(paths(path("taken"), path("free")), new ByteArrayInputStream(second));

        assertEquals(path("free"), stored.path());
        assertArrayEquals(first, read(path("taken"), 0, first.length), "the first file is untouched");
        assertArrayEquals(second, read(path("free"), 0, second.length));
    }

    @Test
    void givesUpWhenEveryPathOfferedIsTakenAndKeepsNothing() {
        store().create(paths(path("only")), new ByteArrayInputStream(bytes(10, 5)));
        long before = filesHeld();

        assertThrows(IllegalStateException.class,
                () -> store().create(() -> path("only"), new ByteArrayInputStream(bytes(10, 6))));

        assertEquals(before, filesHeld());
    }

    @Test
    void anUploadThatFailsMidwayLeavesNothingBehindAndItsFailureGoesOn() {
        long before = filesHeld();
        DomainException tooLarge = new DomainException(ReasonCode.UPLOAD_TOO_LARGE);
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(bytes(200_000, 7)), new InputStream() {
            @Override
            public int read() {
                throw tooLarge;
            }
        });

        DomainException thrown = assertThrows(DomainException.class,
                () -> store().create(paths(path("partial")), failing));

        assertSame(tooLarge, thrown);
        assertEquals(Optional.empty(), store().find(path("partial")));
        assertEquals(before, filesHeld(), "no partial file stays behind");
    }

    @Test
    void findsNothingWhereNothingWasStored() {
        assertEquals(Optional.empty(), store().find(path("never")));
        assertEquals(Optional.empty(), store().find(MediaPath.of(List.of("nowhere", folder), "x", MediaFormat.MP4)));
    }

    @Test
    void concurrentUploadsDrawingTheSameNamesNeverOverwriteEachOther() throws Exception {
        int uploads = 16;
        AtomicInteger fresh = new AtomicInteger();
        List<StoredMedia> stored = Concurrently.run(8, uploads, i -> () -> {
            // every upload first draws the same name, as two uploads in the same millisecond could
            boolean[] first = {true};
            return store().create(() -> {
                if (first[0]) {
                    first[0] = false;
                    return path("same");
                }
                return path("fresh-" + fresh.incrementAndGet());
            }, new ByteArrayInputStream(bytes(50_000 + i, i)));
        });

        Set<MediaPath> paths = new HashSet<>();
        for (int i = 0; i < uploads; i++) {
            StoredMedia media = stored.get(i);
            assertTrue(paths.add(media.path()), "two uploads landed on " + media.path());
            assertArrayEquals(bytes(50_000 + i, i), read(media.path(), 0, media.size()), "upload " + i + " intact");
        }
        assertTrue(paths.contains(path("same")));
        assertNotEquals(0, fresh.get());
    }
}
