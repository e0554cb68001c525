package io.parley.chat.domain.media;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list of uploads (API.md j.7, G-M4): the common image, audio and video formats that phones and browsers
 * produce and can play. Each has the MIME type it is served with, the one file extension it is stored with, and the
 * other names the same format goes by. Anything else is refused, on purpose: HTML, SVG and scripts could run in a
 * browser that opens them from our origin, and office documents or archives are not chat media.
 */
public enum MediaFormat {
    JPEG(MediaKind.IMAGE, "image/jpeg", "jpg", "image/pjpeg"),
    PNG(MediaKind.IMAGE, "image/png", "png"),
    GIF(MediaKind.IMAGE, "image/gif", "gif"),
    WEBP(MediaKind.IMAGE, "image/webp", "webp"),
    BMP(MediaKind.IMAGE, "image/bmp", "bmp", "image/x-bmp", "image/x-ms-bmp"),
    MP3(MediaKind.AUDIO, "audio/mpeg", "mp3", "audio/mp3"),
    M4A(MediaKind.AUDIO, "audio/mp4", "m4a", "audio/x-m4a"),
    AAC(MediaKind.AUDIO, "audio/aac", "aac", "audio/x-aac"),
    WAV(MediaKind.AUDIO, "audio/wav", "wav", "audio/vnd.wave", "audio/x-wav", "audio/wave"),
    OGG(MediaKind.AUDIO, "audio/ogg", "ogg", "audio/vorbis", "audio/opus"),
    AMR(MediaKind.AUDIO, "audio/amr", "amr"),
    MP4(MediaKind.VIDEO, "video/mp4", "mp4"),
    MOV(MediaKind.VIDEO, "video/quicktime", "mov"),
    WEBM(MediaKind.VIDEO, "video/webm", "webm"),
    THREE_GP(MediaKind.VIDEO, "video/3gpp", "3gp");

    private final MediaKind kind;
    private final String mimeType;
    private final String extension;
    private final Set<String> aliases;

    MediaFormat(MediaKind kind, String mimeType, String extension, String... aliases) {
        this.kind = kind;
        this.mimeType = mimeType;
        this.extension = extension;
        this.aliases = Set.of(aliases);
    }

    public MediaKind kind() {
        return kind;
    }

    /** The type a stored file of this format is served with. */
    public String mimeType() {
        return mimeType;
    }

    /** Lower case, without the dot: the extension every stored file of this format gets, whatever the client said. */
    public String extension() {
        return extension;
    }

    /** The format a MIME type names (its canonical name or an alias; parameters and case ignored), if it is allowed. */
    public static Optional<MediaFormat> ofMimeType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        int parameters = mimeType.indexOf(';');
        String bare = (parameters < 0 ? mimeType : mimeType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        for (MediaFormat format : values()) {
            if (format.mimeType.equals(bare) || format.aliases.contains(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format stored under this extension (exactly as stored: lower case, no dot), if any. */
    public static Optional<MediaFormat> ofExtension(String extension) {
        for (MediaFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
