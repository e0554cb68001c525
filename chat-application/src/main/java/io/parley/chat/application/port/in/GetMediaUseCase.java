package io.parley.chat.application.port.in;

import java.util.Optional;

/** A stored file by the address it is served at below {@code /public/}; anyone may read media (as in the seed). */
public interface GetMediaUseCase {
    /**
     * @param path the address below {@code /public/}, e.g. {@code uploads/Diy/a/20250310/1710038202074_99501763.png}
     * @return empty when no stored file has that address, or the address could not name one
     */
    Optional<MediaDownload> getMedia(String path);
}
