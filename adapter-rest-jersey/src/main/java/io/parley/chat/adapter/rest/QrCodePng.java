package io.parley.chat.adapter.rest;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A text as a QR code in a PNG (API.md c.3 #33, j.9 "QR text"): UTF-8 with its ECI marker, so that a Chinese group
 * name survives any scanner; error correction M and 10 pixels a module with the standard quiet zone of 4 modules,
 * which ordinary phone scanners read from a screen. Black on white, one bit a pixel.
 */
final class QrCodePng {
    static final int PIXELS_PER_MODULE = 10;
    static final int QUIET_ZONE_MODULES = 4;

    private static final int BLACK = 0;
    private static final int WHITE = 1;

    private QrCodePng() {
    }

    static byte[] of(String text) {
        BitMatrix modules = modulesOf(text);
        int width = modules.getWidth() * PIXELS_PER_MODULE;
        int height = modules.getHeight() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster pixels = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean dark = modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
                pixels.setSample(x, y, 0, dark ? BLACK : WHITE);
            }
        }
        return png(image);
    }

    /** One element a module, quiet zone included (a requested size of 0 asks for no scaling). */
    private static BitMatrix modulesOf(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        // an explicit character set is what makes zxing write the ECI marker
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException tooLong) {
            // the core's texts are a URL or a short JSON object, far below a QR code's capacity
            throw new IllegalStateException("cannot encode a QR code of " + text.length() + " characters", tooLong);
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("the JDK has no PNG writer");
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException("writing to memory failed", cannotHappen);
        }
        return out.toByteArray();
    }
}
