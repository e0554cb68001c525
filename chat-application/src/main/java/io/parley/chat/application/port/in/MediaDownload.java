package io.parley.chat.application.port.in;

import io.parley.chat.domain.media.StoredMedia;
import java.io.InputStream;
import java.util.Objects;

/** A stored file ready to be read, whole or a range at a time (video players ask for ranges). */
public final class MediaDownload {
    private final StoredMedia media;
    private final Reader reader;

    /** Reads the bytes of one stored file; an adapter of the media store stands behind it. */
    @FunctionalInterface
    public interface Reader {
        InputStream open(long offset, long length);
    }

    public MediaDownload(StoredMedia media, Reader reader) {
        this.media = Objects.requireNonNull(media, "media");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public StoredMedia media() {
        return media;
    }

    /** {@code length} bytes from {@code offset}; the range must lie within the file. The caller closes the stream. */
    public InputStream open(long offset, long length) {
        if (offset < 0 || length < 0 || offset + length > media.size()) {
            throw new IllegalArgumentException("bytes " + offset + "+" + length + " of " + media.size());
        }
        return reader.open(offset, length);
    }
}
