package io.parley.chat.domain.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UploadTargetTest {
    private static final Instant NOW = Instant.parse("2025-03-10T23:30:02.074Z");

    @Test
    void aDiyUploadGoesToItsFoldersAndTheUtcDayWithTheSeedsName() {
        UploadTarget target = new UploadTarget.DiyFolder(UploadFolder.fromDiyDir("mysourse_myfile"));
        assertEquals("uploads/Diy/mysourse/myfile/20250310/1741649402074_00000042.png",
                target.newPath(NOW, 42, MediaFormat.PNG).toString());
        assertEquals("uploads/Diy/mysourse/myfile/20250310/1741649402074_99999999.mp4",
                target.newPath(NOW, -1, MediaFormat.MP4).toString(), "eight digits whatever the bits");
    }

    @Test
    void anImageLibraryUploadHasTwelveHexDigits() {
        UploadTarget target = new UploadTarget.ImageLibrary();
        assertEquals("images/20250310/1741649402074_00000000002a.jpg",
                target.newPath(NOW, 42, MediaFormat.JPEG).toString());
        assertEquals("images/20250310/1741649402074_ffffffffffff.gif",
                target.newPath(NOW, -1, MediaFormat.GIF).toString());
    }

    @Test
    void otherRandomBitsGiveAnotherName() {
        UploadTarget target = new UploadTarget.DiyFolder(UploadFolder.fromDiyDir("a"));
        assertNotEquals(target.newPath(NOW, 1, MediaFormat.PNG), target.newPath(NOW, 2, MediaFormat.PNG));
    }
}
