package io.parley.chat.application.port.out;

import io.parley.chat.domain.media.MediaPath;
import io.parley.chat.domain.media.StoredMedia;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps uploaded media: files that, once stored, never change. The file system under the data directory is the
 * default; an S3-compatible object store fits the same three operations (a conditional put, a head, a ranged get).
 * Failures of the store itself are unchecked ({@link java.io.UncheckedIOException}).
 */
public interface MediaStorePort {
    /**
     * Stores {@code content}, read to its end, as a new file under the first path of {@code newPaths} that names no
     * stored file: a stored file is never replaced, so uploads that draw the same name never overwrite each other.
     * Nothing is visible under the path before the whole content is stored.
     *
     * <p>If reading {@code content} throws (the core throws from it when an upload passes the size limit) or storing
     * fails, nothing stays behind — no file, no partial file — and the exception is thrown on unchanged.
     *
     * @param newPaths hands out a fresh path each time it is asked; the store asks again only when a path is taken,
     *     and gives up after a few
     */
    StoredMedia create(Supplier<MediaPath> newPaths, InputStream content);

    Optional<StoredMedia> find(MediaPath path);

    /**
     * {@code length} bytes of a stored file from byte {@code offset}; the range lies within the file, as
     * {@link #find} reported it. The caller closes the stream.
     */
    InputStream open(MediaPath path, long offset, long length);
}
