package io.parley.chat.adapter.ws;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of the {@code /ws} endpoint (DESIGN.md: {@code PARLEY_HEARTBEAT}, {@code PARLEY_WS_MAX_FRAME_BYTES},
 * {@code PARLEY_WS_MAX_FRAMES_PER_SECOND}).
 *
 * @param heartbeat          how often the server sends {@code {"type":"ping"}}; a client silent for two of these is
 *                           closed with 4008
 * @param maxFrameBytes      largest frame payload (and reassembled message) a client may send; larger closes with 1009
 * @param maxFramesPerSecond frames a client may send in one second; more closes with 1008
 */
public record WsSettings(Duration heartbeat, int maxFrameBytes, int maxFramesPerSecond) {
    /** Far above any chat frame, and small enough that one socket's read buffer stays cheap. */
    private static final int MAX_FRAME_BYTES_CEILING = 16 * 1024 * 1024;

    public WsSettings {
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (heartbeat.isNegative() || heartbeat.toMillis() < 1) {
            throw new IllegalArgumentException("heartbeat must be at least 1 ms: " + heartbeat);
        }
        if (maxFrameBytes < 1 || maxFrameBytes > MAX_FRAME_BYTES_CEILING) {
            throw new IllegalArgumentException("maxFrameBytes must be 1.." + MAX_FRAME_BYTES_CEILING + ": " + maxFrameBytes);
        }
        if (maxFramesPerSecond < 1) {
            throw new IllegalArgumentException("maxFramesPerSecond must be positive: " + maxFramesPerSecond);
        }
    }

    /** The documented defaults: 30 s heartbeat, 64 KiB frames, 50 frames a second. */
    public static WsSettings defaults() {
        return new WsSettings(Duration.ofSeconds(30), 65_536, 50);
    }
}
