package io.parley.chat.adapter.persistence.media;

import io.parley.chat.application.port.out.ContentSnifferPort;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;

/**
 * Apache Tika's magic-byte detector (tika-core only, none of its parsers): Tika's registry of signatures is kept up
 * to date by people who collect them, where a table of our own would miss variants. It is given no file name, so only
 * the content counts. {@code parley-mimetypes.xml} adds what tika-core's registry cannot tell apart without its
 * parsers: MP4 files of the common {@code isom}/{@code avc1} brands (tika-core calls them QuickTime) and WebM
 * (tika-core calls it Matroska).
 */
public final class TikaContentSniffer implements ContentSnifferPort {
    private final MimeTypes types;

    public TikaContentSniffer() {
        URL tikaTypes = MimeTypes.class.getResource("tika-mimetypes.xml");
        URL ourTypes = TikaContentSniffer.class.getResource("parley-mimetypes.xml");
        if (tikaTypes == null || ourTypes == null) {
            throw new IllegalStateException("the MIME type registries are missing from the class path");
        }
        try {
            types = MimeTypesFactory.create(tikaTypes, ourTypes);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (MimeTypeException malformed) {
            throw new IllegalStateException("a MIME type registry is malformed", malformed);
        }
    }

    @Override
    public Optional<String> sniff(byte[] head) {
        try {
            MediaType type = types.detect(new ByteArrayInputStream(head), new Metadata());
            return MediaType.OCTET_STREAM.equals(type) ? Optional.empty() : Optional.of(type.getBaseType().toString());
        } catch (IOException impossible) {
            throw new UncheckedIOException("reading a byte array", impossible);
        }
    }
}
