package io.parley.chat.application.port.in;

import io.parley.chat.domain.media.StoredMedia;

/**
 * #34 / #35: stores one file of an allowed format under a generated name (API.md j.7). The format is decided from
 * the content; the file is refused with {@code UPLOAD_TYPE_REFUSED} when it is none of the allow-list and with
 * {@code UPLOAD_TOO_LARGE} past the size limit, and a refused upload leaves nothing behind.
 */
public interface UploadMediaUseCase {
    StoredMedia upload(UploadMediaCommand command);
}
