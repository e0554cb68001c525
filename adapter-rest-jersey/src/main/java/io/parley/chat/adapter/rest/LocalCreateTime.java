package io.parley.chat.adapter.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A row's {@code create_time} as the seed's model getter renders it (API.md b): the server's local time as
 * {@code yyyy-MM-dd HH:mm:ss}. Every other time is ISO-8601 UTC, written by {@link JsonMapping}.
 */
final class LocalCreateTime {
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private LocalCreateTime() {
    }

    static String of(Instant at, ZoneId serverZone) {
        return at == null ? null : LOCAL_TIME.format(at.atZone(serverZone));
    }
}
