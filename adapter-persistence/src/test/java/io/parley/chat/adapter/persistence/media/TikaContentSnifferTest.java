package io.parley.chat.adapter.persistence.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.media.MediaFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real images and sounds made here, and the first bytes of real containers, sniffed into the allow-list. */
class TikaContentSnifferTest {
    private static final TikaContentSniffer SNIFFER = new TikaContentSniffer();

    private static Optional<MediaFormat> formatOf(byte[] content) {
        return SNIFFER.sniff(content).flatMap(MediaFormat::ofMimeType);
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] wav() throws IOException {
        AudioFormat format = new AudioFormat(8_000, 16, 1, true, false);
        AudioInputStream silence = new AudioInputStream(new ByteArrayInputStream(new byte[1_600]), format, 800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(silence, AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    /** The given bytes, then padding, as the head of a larger file. */
    static byte[] head(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] bytes = part instanceof String text ? text.getBytes(StandardCharsets.ISO_8859_1) : (byte[]) part;
            out.writeBytes(bytes);
        }
        out.writeBytes(new byte[256]);
        return out.toByteArray();
    }

    private static byte[] box(int size) {
        return new byte[] {0, 0, 0, (byte) size};
    }

    @Test
    void imagesFromTheirContent() throws IOException {
        assertEquals(Optional.of(MediaFormat.PNG), formatOf(image("png")));
        assertEquals(Optional.of(MediaFormat.JPEG), formatOf(image("jpg")));
        assertEquals(Optional.of(MediaFormat.GIF), formatOf(image("gif")));
        assertEquals(Optional.of(MediaFormat.BMP), formatOf(image("bmp")));
        assertEquals(Optional.of(MediaFormat.WEBP), formatOf(head("RIFF", new byte[] {0x10, 0, 0, 0}, "WEBPVP8 ")));
    }

    @Test
    void soundsFromTheirContent() throws IOException {
        assertEquals(Optional.of(MediaFormat.WAV), formatOf(wav()));
        assertEquals(Optional.of(MediaFormat.MP3), formatOf(head("ID3", new byte[] {3, 0, 0, 0, 0, 0, 0})));
        assertEquals(Optional.of(MediaFormat.M4A), formatOf(head(box(0x1c), "ftypM4A ", new byte[4], "M4A mp42isom")));
        assertEquals(Optional.of(MediaFormat.AMR), formatOf(head("#!AMR\n")));
        byte[] oggPage = new byte[22];
        oggPage[0] = 0;
        oggPage[1] = 2;
        assertEquals(Optional.of(MediaFormat.OGG), formatOf(head("OggS", oggPage, new byte[] {1, 0x13},
                "OpusHead")));
    }

    @Test
    void videosFromTheirContentWhicheverBrandTheyCarry() {
        assertEquals(Optional.of(MediaFormat.MP4), formatOf(head(box(0x18), "ftypmp42", new byte[4], "mp42isom")));
        assertEquals(Optional.of(MediaFormat.MP4), formatOf(head(box(0x20), "ftypisom", new byte[] {0, 0, 2, 0},
                "isomiso2avc1mp41")), "what ffmpeg writes");
        assertEquals(Optional.of(MediaFormat.MOV), formatOf(head(box(0x14), "ftypqt  ", new byte[] {0, 0, 2, 0},
                "qt  ")));
        assertEquals(Optional.of(MediaFormat.THREE_GP), formatOf(head(box(0x14), "ftyp3gp4", new byte[4], "3gp4")));
        byte[] webmEbml = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 1,
            0x42, (byte) 0xF7, (byte) 0x81, 1, 0x42, (byte) 0xF2, (byte) 0x81, 4, 0x42, (byte) 0xF3, (byte) 0x81, 8,
            0x42, (byte) 0x82, (byte) 0x84};
        assertEquals(Optional.of(MediaFormat.WEBM), formatOf(head(webmEbml, "webm")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html><body><script>alert(document.cookie)</script>",
        "<html><script>alert(1)</script>", "<script>alert(1)</script>",
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "alert(document.cookie);", "just some text", "%PDF-1.7\n", "PK\u0003\u0004 a zip"})
    void pagesScriptsAndDocumentsAreNoMedia(String content) {
        assertEquals(Optional.empty(), formatOf(content.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void otherContainersAndNothingAtAllAreNoMedia() {
        byte[] matroska = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x82, (byte) 0x88};
        assertEquals(Optional.empty(), formatOf(head(matroska, "matroska")));
        assertEquals(Optional.empty(), SNIFFER.sniff(new byte[0]));
        assertEquals(Optional.empty(), SNIFFER.sniff(new byte[] {0, 1, 2, 3, (byte) 0xfe}));
    }
}
