package io.parley.chat.domain.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaFormatTest {
    @ParameterizedTest
    @CsvSource({"image/png, PNG", "IMAGE/JPEG, JPEG", "image/jpeg; charset=binary, JPEG", "audio/vnd.wave, WAV",
        "audio/x-wav, WAV", "audio/vorbis, OGG", "audio/opus, OGG", "audio/x-aac, AAC", "audio/x-m4a, M4A",
        "video/mp4, MP4", "video/quicktime, MOV", "video/webm, WEBM", "video/3gpp, THREE_GP", "audio/amr, AMR"})
    void namesAndAliasesOfAllowedFormats(String mimeType, MediaFormat expected) {
        assertEquals(Optional.of(expected), MediaFormat.ofMimeType(mimeType));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "image/svg+xml", "application/javascript", "text/plain",
        "application/octet-stream", "application/x-matroska", "application/pdf", "application/zip", "image/heic", ""})
    void everythingElseIsRefused(String mimeType) {
        assertEquals(Optional.empty(), MediaFormat.ofMimeType(mimeType));
    }

    @Test
    void eachFormatHasItsOwnExtensionAndMimeType() {
        Set<String> extensions = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (MediaFormat format : MediaFormat.values()) {
            assertEquals(true, extensions.add(format.extension()), format.name());
            assertEquals(true, types.add(format.mimeType()), format.name());
            assertEquals(Optional.of(format), MediaFormat.ofExtension(format.extension()));
            assertEquals(Optional.of(format), MediaFormat.ofMimeType(format.mimeType()));
        }
        assertEquals(Optional.empty(), MediaFormat.ofExtension("JPG"), "stored extensions are lower case");
        assertEquals(Optional.empty(), MediaFormat.ofMimeType(null));
    }
}
