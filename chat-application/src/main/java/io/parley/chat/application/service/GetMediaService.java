package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetMediaUseCase;
import io.parley.chat.application.port.in.MediaDownload;
import io.parley.chat.application.port.out.MediaStorePort;
import io.parley.chat.domain.media.MediaPath;
import java.util.Optional;

/** An address that could not name a stored file never reaches the store. */
final class GetMediaService implements GetMediaUseCase {
    private final MediaStorePort store;

    GetMediaService(MediaStorePort store) {
        this.store = store;
    }

    @Override
    public Optional<MediaDownload> getMedia(String path) {
        return MediaPath.parse(path).flatMap(store::find)
                .map(stored -> new MediaDownload(stored, (offset, length) ->
                        store.open(stored.path(), offset, length)));
    }
}
