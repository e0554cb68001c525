package io.parley.chat.application.service;

import io.parley.chat.application.port.in.UploadMediaCommand;
import io.parley.chat.application.port.in.UploadMediaUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.ContentSnifferPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.MediaStorePort;
import io.parley.chat.domain.media.MediaFormat;
import io.parley.chat.domain.media.StoredMedia;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Sniffs the head of the content, checks the format against the domain's allow-list before a byte is stored, then
 * streams the whole content into the store through the size limit. Only the head is ever held in memory.
 */
final class UploadMediaService implements UploadMediaUseCase {
    /** Enough for the magic numbers of every allowed format (Tika reads no further either). */
    static final int HEAD_BYTES = 64 * 1024;

    private final MediaStorePort store;
    private final ContentSnifferPort sniffer;
    private final ClockPort clock;
    private final IdGeneratorPort ids;
    private final long maxBytes;

    UploadMediaService(MediaStorePort store, ContentSnifferPort sniffer, ClockPort clock, IdGeneratorPort ids,
            long maxBytes) {
        this.store = store;
        this.sniffer = sniffer;
        this.clock = clock;
        this.ids = ids;
        this.maxBytes = maxBytes;
    }

    @Override
    public StoredMedia upload(UploadMediaCommand command) {
        InputStream content = new UploadSizeLimit(command.content(), maxBytes);
        byte[] head = readHead(content);
        MediaFormat format = sniffer.sniff(head).flatMap(MediaFormat::ofMimeType)
                .orElseThrow(() -> new DomainException(ReasonCode.UPLOAD_TYPE_REFUSED));
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), content);
        return store.create(() -> command.target().newPath(clock.now(), randomBits(), format), whole);
    }

    private static byte[] readHead(InputStream content) {
        try {
            return content.readNBytes(HEAD_BYTES);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("reading an upload", unreadable);
        }
    }

    /** The random half of a fresh UUID: 62 random bits for the generated name. */
    private long randomBits() {
        return UUID.fromString(ids.newUuid()).getLeastSignificantBits();
    }
}
