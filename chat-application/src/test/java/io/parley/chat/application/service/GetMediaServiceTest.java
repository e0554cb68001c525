package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.FakeContentSniffer.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.MediaDownload;
import io.parley.chat.application.port.in.UploadMediaCommand;
import io.parley.chat.domain.media.StoredMedia;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetMediaServiceTest {
    private final TestCore test = TestCore.create();
    private final byte[] image = png(5_000);
    private final StoredMedia stored = test.core().uploadMedia().upload(
            UploadMediaCommand.intoDiyFolder("x", new ByteArrayInputStream(image)));

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void aStoredFileIsFoundByItsAddressAndReadWholeOrInPart() throws IOException {
        MediaDownload download = test.core().media().getMedia(stored.path().toString()).orElseThrow();

        assertEquals(stored, download.media());
        assertArrayEquals(image, read(download.open(0, image.length)));
        assertArrayEquals(Arrays.copyOfRange(image, 100, 300), read(download.open(100, 200)));
    }

    @Test
    void aRangeOutsideTheFileIsAMistakeOfTheCaller() {
        MediaDownload download = test.core().media().getMedia(stored.path().toString()).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> download.open(4_999, 2));
        assertThrows(IllegalArgumentException.class, () -> download.open(-1, 1));
    }

    @Test
    void addressesThatNameNoStoredFileFindNothing() {
        for (String path : new String[] {"uploads/Diy/x/20240601/nothing.png", "../" + stored.path(),
            stored.path().toString().replace(".png", ".html"), "", "/" + stored.path()}) {
            assertEquals(Optional.empty(), test.core().media().getMedia(path), path);
        }
    }
}
