package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.FakeContentSniffer.png;
import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.UploadMediaCommand;
import io.parley.chat.domain.media.MediaFormat;
import io.parley.chat.domain.media.StoredMedia;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UploadMediaServiceTest {
    private final TestCore test = TestCore.create();

    private StoredMedia upload(String diydir, byte[] content) {
        return test.core().uploadMedia().upload(UploadMediaCommand.intoDiyFolder(diydir,
                new ByteArrayInputStream(content)));
    }

    @Test
    void storeTheBytesUnderTheSeedsGeneratedName() {
        byte[] image = png(200_000);

        StoredMedia stored = upload("chatImgs", image);

        assertTrue(stored.path().toString().matches("uploads/Diy/chatImgs/20240601/1717236000000_\\d{8}\\.png"),
                stored.path().toString());
        assertEquals(MediaFormat.PNG, stored.format());
        assertEquals(image.length, stored.size());
        assertArrayEquals(image, test.media().bytes(stored.path()));
    }

    @Test
    void nestedFoldersAndTheImageLibrary() {
        assertTrue(upload("a_b", png(100)).path().toString().startsWith("uploads/Diy/a/b/20240601/"));
        StoredMedia library = test.core().uploadMedia().upload(UploadMediaCommand.intoImageLibrary(
                new ByteArrayInputStream(png(100))));
        assertTrue(library.path().toString().matches("images/20240601/1717236000000_[0-9a-f]{12}\\.png"),
                library.path().toString());
    }

    @Test
    void theFormatComesFromTheContentNotFromAnyName() {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'};
        StoredMedia stored = upload("x", jpeg);
        assertEquals(MediaFormat.JPEG, stored.format());
        assertTrue(stored.path().fileName().endsWith(".jpg"));
    }

    @Test
    void refuseMarkupWhateverItIsCalledAndStoreNothing() {
        byte[] page = "<!DOCTYPE html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
        assertRefused(ReasonCode.UPLOAD_TYPE_REFUSED, () -> upload("x", page));
        assertRefused(ReasonCode.UPLOAD_TYPE_REFUSED, () -> upload("x", "just text".getBytes(StandardCharsets.UTF_8)));
        assertRefused(ReasonCode.UPLOAD_TYPE_REFUSED, () -> upload("x", new byte[0]));
        assertEquals(0, test.media().count());
    }

    @Test
    void anUploadOfExactlyTheLimitIsStoredAndOneByteMoreIsRefusedWithNothingKept() {
        TestCore limited = TestCore.withUploadLimit(100_000);
        UploadMediaCommand atLimit = UploadMediaCommand.intoDiyFolder("x", new ByteArrayInputStream(png(100_000)));
        assertEquals(100_000, limited.core().uploadMedia().upload(atLimit).size());

        UploadMediaCommand over = UploadMediaCommand.intoDiyFolder("x", new ByteArrayInputStream(png(100_001)));
        assertRefused(ReasonCode.UPLOAD_TOO_LARGE, () -> limited.core().uploadMedia().upload(over));
        assertEquals(1, limited.media().count());
    }

    @Test
    void anOversizedUploadIsNotReadFarPastTheLimit() {
        TestCore limited = TestCore.withUploadLimit(10_000);
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            private final byte[] signature = png(8);

            @Override
            public int read() {
                long at = served.getAndIncrement();
                return at < signature.length ? signature[(int) at] & 0xff : 'x';
            }
        };

        assertRefused(ReasonCode.UPLOAD_TOO_LARGE, () -> limited.core().uploadMedia().upload(
                UploadMediaCommand.intoDiyFolder("x", endless)));
        assertTrue(served.get() <= 10_001 + 64 * 1024, "read " + served.get() + " bytes");
        assertEquals(0, limited.media().count());
    }

    @Test
    void aFolderThatWouldClimbOutIsReducedOrRefused() {
        assertTrue(upload("..%2F..%2Fetc", png(10)).path().toString().startsWith("uploads/Diy/2F2Fetc/"));
        assertTrue(upload("/etc/passwd", png(10)).path().toString().startsWith("uploads/Diy/etcpasswd/"));
        assertInvalid("diydir", Problem.BAD_SHAPE, () -> upload("..", png(10)));
    }

    @Test
    void aMissingFileIsNamed() {
        assertInvalid("file", Problem.REQUIRED, () -> UploadMediaCommand.intoDiyFolder("x", null));
        assertInvalid("file", Problem.REQUIRED, () -> UploadMediaCommand.intoImageLibrary(null));
    }
}
