package io.parley.chat.domain.media;

/** What a chat message can carry besides text: the seed client's {@code image}, {@code audio} and {@code video}. */
public enum MediaKind {
    IMAGE,
    AUDIO,
    VIDEO
}
