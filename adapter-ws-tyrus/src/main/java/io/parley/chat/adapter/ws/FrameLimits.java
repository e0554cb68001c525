package io.parley.chat.adapter.ws;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Reads a client's byte stream only as far as the WebSocket frame headers (RFC 6455 5.2) and enforces the two
 * per-socket limits before Tyrus buffers anything: a frame announcing a payload above the limit is refused from
 * its header alone, and so is a frame beyond the allowed number in one second. Frames of every kind count,
 * control frames included. One instance per connection, fed in order from one thread at a time.
 */
final class FrameLimits {
    /** 2 fixed bytes, 8 bytes of extended length, 4 bytes of mask. */
    static final int MAX_HEADER_BYTES = 14;
    private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);

    /** Why a frame was refused. */
    enum Breach {
        TOO_BIG,
        FLOOD
    }

    /**
     * @param acceptedBytes how many bytes from the buffer's position belong to frames within the limits
     * @param breach        the refused frame's reason, when one was found right after the accepted bytes
     */
    record Verdict(int acceptedBytes, Optional<Breach> breach) {
    }

    private final long maxPayloadBytes;
    private final int maxFramesPerSecond;
    private final LongSupplier nanoTime;

    private final byte[] header = new byte[MAX_HEADER_BYTES];
    private int headerBytes;
    private long payloadLeft;
    private long windowStart;
    private int framesInWindow;

    FrameLimits(long maxPayloadBytes, int maxFramesPerSecond, LongSupplier nanoTime) {
        this.maxPayloadBytes = maxPayloadBytes;
        this.maxFramesPerSecond = maxFramesPerSecond;
        this.nanoTime = nanoTime;
    }

    /** Scans {@code data} from its position to its limit without moving either. */
    Verdict inspect(ByteBuffer data) {
        int start = data.position();
        int end = data.limit();
        int frameStart = start;
        int at = start;
        while (at < end) {
            if (payloadLeft > 0) {
                int skipped = (int) Math.min(payloadLeft, end - at);
                at += skipped;
                payloadLeft -= skipped;
                continue;
            }
            if (headerBytes == 0) {
                frameStart = at;
            }
            header[headerBytes++] = data.get(at++);
            if (headerBytes < headerLength()) {
                continue;
            }
            long payload = payloadLength();
            headerBytes = 0;
            Optional<Breach> breach = admit(payload);
            if (breach.isPresent()) {
                // a header begun in an earlier buffer has already gone on; nothing of this one has
                return new Verdict(Math.max(frameStart, start) - start, breach);
            }
            payloadLeft = payload;
        }
        return new Verdict(end - start, Optional.empty());
    }

    private int headerLength() {
        if (headerBytes < 2) {
            return 2;
        }
        int length7 = header[1] & 0x7F;
        int extended = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
        boolean masked = (header[1] & 0x80) != 0;
        return 2 + extended + (masked ? 4 : 0);
    }

    private long payloadLength() {
        int length7 = header[1] & 0x7F;
        if (length7 < 126) {
            return length7;
        }
        int bytes = length7 == 126 ? 2 : 8;
        long length = 0;
        for (int i = 0; i < bytes; i++) {
            length = (length << 8) | (header[2 + i] & 0xFF);
        }
        // the most significant bit must be 0 (RFC 6455); a negative length is as unacceptable as a huge one
        return length < 0 ? Long.MAX_VALUE : length;
    }

    private Optional<Breach> admit(long payload) {
        if (payload > maxPayloadBytes) {
            return Optional.of(Breach.TOO_BIG);
        }
        long now = nanoTime.getAsLong();
        if (framesInWindow == 0 || now - windowStart >= ONE_SECOND) {
            windowStart = now;
            framesInWindow = 0;
        }
        framesInWindow++;
        return framesInWindow > maxFramesPerSecond ? Optional.of(Breach.FLOOD) : Optional.empty();
    }
}
