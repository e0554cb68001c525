package io.parley.chat.domain.media;

import java.time.Instant;
import java.util.Objects;

/** A file the media store holds: where, how many bytes, and since when (it never changes once stored). */
public record StoredMedia(MediaPath path, long size, Instant lastModified) {
    public StoredMedia {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
    }

    public MediaFormat format() {
        return path.format();
    }
}
