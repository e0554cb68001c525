package io.parley.chat.adapter.rest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP API takes uploads.
 *
 * @param maxBytes the largest file ({@code PARLEY_MAX_UPLOAD_BYTES}); the core enforces it exactly, the HTTP API
 *     refuses a request body announced or grown much larger before it is stored anywhere
 * @param tempDir where multipart parts wait while the request is read (empty: the JVM's temporary folder); every
 *     file there is deleted when its request ends
 */
public record UploadSettings(long maxBytes, Optional<Path> tempDir) {
    /** 50 MiB, the default of API.md j.7, in the JVM's temporary folder. */
    public static final UploadSettings DEFAULTS = new UploadSettings(50L * 1024 * 1024, Optional.empty());

    public UploadSettings {
        Objects.requireNonNull(tempDir, "tempDir");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
        }
    }
}
