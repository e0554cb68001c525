package io.parley.chat.domain.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaPathTest {
    @Test
    void aStoredFilesAddressParsesBackToItsPath() {
        MediaPath path = MediaPath.parse("uploads/Diy/chatImgs/20250310/1710038202074_99501763.png").orElseThrow();
        assertEquals(List.of("uploads", "Diy", "chatImgs", "20250310"), path.folders());
        assertEquals("1710038202074_99501763.png", path.fileName());
        assertEquals(MediaFormat.PNG, path.format());
        assertEquals("uploads/Diy/chatImgs/20250310/1710038202074_99501763.png", path.toString());
        assertEquals(path, MediaPath.parse(path.toString()).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../secret.png", "a/../b.png", "a/./b.png", "a//b.png", "a/b.png/",
        "a/.b.png", "a/b.PNG", "a/b.html", "a/b.svg", "a/b", "a/.png", "a\\b.png", "a/b c.png", "a/b.png.exe",
        "a/b%2e.png", "C:/b.png"})
    void anythingThatCouldNotBeAStoredFileIsNoPath(String text) {
        assertEquals(Optional.empty(), MediaPath.parse(text));
    }

    @Test
    void depthIsBounded() {
        assertTrue(MediaPath.parse("a/".repeat(16) + "f.mp4").isPresent());
        assertEquals(Optional.empty(), MediaPath.parse("a/".repeat(17) + "f.mp4"));
    }

    @Test
    void unsafeNamesCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> MediaPath.of(List.of(".."), "x", MediaFormat.PNG));
        assertThrows(IllegalArgumentException.class, () -> MediaPath.of(List.of("a"), "../x", MediaFormat.PNG));
        assertThrows(IllegalArgumentException.class, () -> MediaPath.of(List.of("a"), "", MediaFormat.PNG));
    }
}
