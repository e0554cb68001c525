package io.parley.chat.adapter.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.adapter.ws.FrameLimits.Breach;
import io.parley.chat.adapter.ws.FrameLimits.Verdict;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FrameLimitsTest {
    private static final int MAX = 1000;
    private static final int PER_SECOND = 3;

    private long now = 5_000_000_000L;
    private final FrameLimits limits = new FrameLimits(MAX, PER_SECOND, () -> now);

    @Test
    void framesWithinTheLimitsAreAllAccepted() {
        byte[] stream = concat(frame(0x1, 10), frame(0x9, 0), frame(0x2, MAX));

        assertEquals(new Verdict(stream.length, Optional.empty()), limits.inspect(ByteBuffer.wrap(stream)));
    }

    @Test
    void aFrameOverTheLimitIsRefusedFromItsHeaderAndTheFramesBeforeItPass() {
        byte[] ok = frame(0x1, 5);
        byte[] tooBig = frame(0x1, MAX + 1);

        Verdict verdict = limits.inspect(ByteBuffer.wrap(concat(ok, header(0x1, MAX + 1))));

        assertEquals(new Verdict(ok.length, Optional.of(Breach.TOO_BIG)), verdict);
        assertEquals(MAX + 1 + 8, tooBig.length, "16-bit length form: 2 + 2 + 4 header bytes");
    }

    @Test
    void aSixtyFourBitLengthIsReadToo() {
        Verdict verdict = limits.inspect(ByteBuffer.wrap(header(0x2, 70_000)));

        assertEquals(new Verdict(0, Optional.of(Breach.TOO_BIG)), verdict);
    }

    @Test
    void aNegativeSixtyFourBitLengthIsTooBig() {
        byte[] header = {(byte) 0x82, (byte) (0x80 | 127), (byte) 0x80, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4};

        assertEquals(Optional.of(Breach.TOO_BIG), limits.inspect(ByteBuffer.wrap(header)).breach());
    }

    @Test
    void headersAndPayloadsMaySpanReads() {
        byte[] stream = concat(frame(0x1, 300), header(0x1, MAX + 1));
        int split1 = 1;
        int split2 = 150;
        int split3 = 300 + 8 + 3;

        assertEquals(Optional.empty(), limits.inspect(ByteBuffer.wrap(stream, 0, split1).slice()).breach());
        assertEquals(Optional.empty(), limits.inspect(slice(stream, split1, split2)).breach());
        assertEquals(new Verdict(300 + 8 - split2, Optional.empty()), limits.inspect(slice(stream, split2, 300 + 8)));
        Verdict inTheMiddleOfAHeader = limits.inspect(slice(stream, 300 + 8, split3));
        assertEquals(new Verdict(3, Optional.empty()), inTheMiddleOfAHeader);
        // the refused header began in the previous read, which has already gone on
        assertEquals(new Verdict(0, Optional.of(Breach.TOO_BIG)), limits.inspect(slice(stream, split3, stream.length)));
    }

    @Test
    void inspectingMovesNeitherPositionNorLimit() {
        ByteBuffer data = ByteBuffer.wrap(concat(frame(0x1, 3), frame(0x1, 4)));
        data.position(0);

        limits.inspect(data);

        assertEquals(0, data.position());
        assertEquals(data.capacity(), data.limit());
    }

    @Test
    void moreFramesThanAllowedInOneSecondIsAFlood() {
        byte[] four = concat(frame(0x1, 1), frame(0x9, 1), frame(0x1, 1), frame(0x1, 1));

        Verdict verdict = limits.inspect(ByteBuffer.wrap(four));

        assertEquals(new Verdict(3 * frame(0x1, 1).length, Optional.of(Breach.FLOOD)), verdict);
    }

    @Test
    void theCountStartsAfreshEverySecond() {
        byte[] three = concat(frame(0x1, 1), frame(0x1, 1), frame(0x1, 1));

        assertEquals(Optional.empty(), limits.inspect(ByteBuffer.wrap(three)).breach());
        now += TimeUnit.MILLISECONDS.toNanos(999);
        assertEquals(Optional.of(Breach.FLOOD), limits.inspect(ByteBuffer.wrap(frame(0x1, 1))).breach());

        FrameLimits fresh = new FrameLimits(MAX, PER_SECOND, () -> now);
        assertEquals(Optional.empty(), fresh.inspect(ByteBuffer.wrap(three)).breach());
        now += TimeUnit.SECONDS.toNanos(1);
        assertEquals(Optional.empty(), fresh.inspect(ByteBuffer.wrap(three)).breach());
    }

    /** A masked client frame with {@code payload} bytes of payload. */
    private static byte[] frame(int opcode, int payload) {
        return concat(header(opcode, payload), new byte[payload]);
    }

    private static byte[] header(int opcode, long payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x80 | opcode);
        if (payload < 126) {
            out.write(0x80 | (int) payload);
        } else if (payload <= 0xFFFF) {
            out.write(0x80 | 126);
            out.write((int) (payload >>> 8) & 0xFF);
            out.write((int) payload & 0xFF);
        } else {
            out.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (payload >>> shift) & 0xFF);
            }
        }
        out.writeBytes(new byte[] {1, 2, 3, 4});
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static ByteBuffer slice(byte[] stream, int from, int to) {
        return ByteBuffer.wrap(stream, from, to - from).slice();
    }
}
