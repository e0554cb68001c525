package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PNG of a QR code: exactly its text back, UTF-8 marked as such, 10 pixels a module, a quiet zone of 4. */
class QrCodePngTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"id\":12,\"name\":\"周末爬山 🏔\"}",
        "http://192.168.2.6:8081#/pages/setpageInfo/setpageInfo?action=autoAddGroup&title=%E7%BE%A4%E4%BB%8B%E7%BB%8D&id=12&chatType=group",
        "{\"type\":\"user\",\"uuid\":\"6f1c2a1e-1111-4222-8333-944455556666\",\"name\":\"alice\"}"})
    void decodesToExactlyTheTextWithTheUtf8Marker(String text) {
        Result read = QrCodes.decode(QrCodePng.of(text));

        assertEquals(text, read.getText());
        // ]Q2: a QR code whose data begins with an ECI designator, here UTF-8's
        assertEquals("]Q2", read.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER));
        assertEquals("M", read.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"id\":1,\"name\":\"a\"}", "a much longer text that needs a larger symbol to hold it"})
    void eachModuleIsTenPixelsInsideAQuietZoneOfFour(String text) {
        BufferedImage image = QrCodes.image(QrCodePng.of(text));
        int quietZone = QrCodePng.QUIET_ZONE_MODULES * QrCodePng.PIXELS_PER_MODULE;
        int size = image.getWidth();

        assertEquals(size, image.getHeight());
        // a version-v symbol has 17 + 4v modules a side
        int modules = size / QrCodePng.PIXELS_PER_MODULE - 2 * QrCodePng.QUIET_ZONE_MODULES;
        assertEquals(0, size % QrCodePng.PIXELS_PER_MODULE);
        assertTrue(modules > 17 && (modules - 17) % 4 == 0, "modules a side: " + modules);
        for (int i = 0; i < size; i++) {
            assertEquals(WHITE, image.getRGB(i, quietZone - 1), "row above the symbol, x=" + i);
            assertEquals(WHITE, image.getRGB(quietZone - 1, i), "column left of the symbol, y=" + i);
        }
        // the top-left finder pattern: 7 dark modules, then its white ring one module wide
        for (int i = 0; i < 7 * QrCodePng.PIXELS_PER_MODULE; i++) {
            assertEquals(BLACK, image.getRGB(quietZone + i, quietZone), "finder's top edge, x+" + i);
        }
        assertEquals(WHITE, image.getRGB(quietZone + QrCodePng.PIXELS_PER_MODULE, quietZone
                + QrCodePng.PIXELS_PER_MODULE));
        assertEquals(WHITE, image.getRGB(quietZone + 2 * QrCodePng.PIXELS_PER_MODULE - 1, quietZone
                + 2 * QrCodePng.PIXELS_PER_MODULE - 1));
        assertEquals(BLACK, image.getRGB(quietZone + 2 * QrCodePng.PIXELS_PER_MODULE, quietZone
                + 2 * QrCodePng.PIXELS_PER_MODULE));
    }
}
