package io.parley.chat.adapter.persistence.media;

import io.parley.chat.application.port.out.MediaStorePort;
import io.parley.chat.domain.media.MediaPath;
import io.parley.chat.domain.media.StoredMedia;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Media on the file system, one file per upload under a root folder ({@code <PARLEY_DATA_DIR>/media} in the server):
 * {@code uploads/Diy/chatImgs/20250310/1710038202074_99501763.png} is that path below the root.
 *
 * <p>An upload is written to a staging folder inside the root first (the same file system, so publishing it is a
 * rename, not a copy), forced to disk, then published with a hard link, which fails instead of replacing a file that
 * is there already. So a half-written upload never appears under its path, two uploads never overwrite each other,
 * and a failed one is deleted at once. Staging files that a crash left behind are swept at the next start.
 */
public final class FileSystemMediaStore implements MediaStorePort {
    static final String STAGING = ".staging";
    /** Older staging files belong to no upload in progress, on this node or another one sharing the folder. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemMediaStore.class);
    private static final int ATTEMPTS = 5;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path root;
    private final Path staging;

    private FileSystemMediaStore(Path root) throws IOException {
        Files.createDirectories(root);
        this.root = root.toRealPath();
        this.staging = Files.createDirectories(this.root.resolve(STAGING));
    }

    /** The store in {@code root}, created when missing; staging files abandoned by an earlier run are deleted. */
    public static FileSystemMediaStore open(Path root) {
        try {
            FileSystemMediaStore store = new FileSystemMediaStore(root);
            store.sweepAbandonedUploads(Instant.now().minus(ABANDONED_AFTER));
            return store;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot use " + root + " for media", failure);
        }
    }

    /** The real path of the root folder. */
    public Path root() {
        return root;
    }

    @Override
    public StoredMedia create(Supplier<MediaPath> newPaths, InputStream content) {
        Path upload = null;
        try {
            upload = Files.createTempFile(staging, "upload-", ".part");
            long size = write(content, upload);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                MediaPath path = newPaths.get();
                Path target = resolve(path);
                Files.createDirectories(target.getParent());
                if (publish(upload, target)) {
                    return new StoredMedia(path, size, Files.getLastModifiedTime(target).toInstant());
                }
            }
            throw new IllegalStateException("every path offered for an upload is taken (" + ATTEMPTS + " tried)");
        } catch (IOException failure) {
            throw new UncheckedIOException("storing an upload in " + root, failure);
        } finally {
            if (upload != null) {
                deleteQuietly(upload);
            }
        }
    }

    @Override
    public Optional<StoredMedia> find(MediaPath path) {
        try {
            BasicFileAttributes file = Files.readAttributes(resolve(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return file.isRegularFile()
                    ? Optional.of(new StoredMedia(path, file.size(), file.lastModifiedTime().toInstant()))
                    : Optional.empty();
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException failure) {
            throw new UncheckedIOException("reading " + path + " in " + root, failure);
        }
    }

    @Override
    public InputStream open(MediaPath path, long offset, long length) {
        try {
            FileChannel file = FileChannel.open(resolve(path), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            file.position(offset);
            return new RangeStream(Channels.newInputStream(file), length);
        } catch (IOException failure) {
            throw new UncheckedIOException("opening " + path + " in " + root, failure);
        }
    }

    /** Copies the content and forces it to disk: a client told "ok" may rely on the file. */
    private static long write(InputStream content, Path upload) throws IOException {
        long size = 0;
        try (FileChannel out = FileChannel.open(upload, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                size += n;
            }
            out.force(true);
        }
        return size;
    }

    /** False when the target is taken; never replaces it. */
    private static boolean publish(Path upload, Path target) throws IOException {
        try {
            Files.createLink(target, upload);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // a file system without hard links: a rename that refuses an existing target (checked, then renamed)
            try {
                Files.move(upload, target);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
        }
    }

    /** The file of a path; {@link MediaPath} admits no segment that could leave the root, and this checks again. */
    private Path resolve(MediaPath path) {
        Path target = root;
        for (String segment : path.segments()) {
            target = target.resolve(segment);
        }
        if (!target.normalize().startsWith(root) || target.startsWith(staging)) {
            throw new IllegalArgumentException("outside the media root: " + path);
        }
        return target;
    }

    private void sweepAbandonedUploads(Instant before) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    LOG.info("deleting the abandoned upload {}", file);
                    deleteQuietly(file);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failure) {
            LOG.warn("could not delete {}: {}", file, failure.toString());
        }
    }
}
