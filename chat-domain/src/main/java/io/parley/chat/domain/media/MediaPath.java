package io.parley.chat.domain.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a stored file lives below the public media root, and so its address below {@code /public/}:
 * {@code uploads/Diy/chatImgs/20250310/1710038202074_99501763.png}. Folders and the file's base name are made of
 * letters, digits, {@code _} and {@code -}; the extension is that of an allowed {@link MediaFormat}. So a path can
 * never climb out of the root ({@code ..}), name a hidden or temporary file, or serve a type outside the allow-list,
 * whichever store keeps the bytes.
 */
public final class MediaPath {
    static final int MAX_FOLDERS = 16;
    static final int MAX_NAME_LENGTH = 64;

    private final List<String> folders;
    private final String baseName;
    private final MediaFormat format;

    private MediaPath(List<String> folders, String baseName, MediaFormat format) {
        this.folders = List.copyOf(folders);
        this.baseName = baseName;
        this.format = Objects.requireNonNull(format, "format");
        if (this.folders.size() > MAX_FOLDERS) {
            throw new IllegalArgumentException("more than " + MAX_FOLDERS + " folders: " + folders);
        }
        for (String folder : this.folders) {
            if (!isName(folder)) {
                throw new IllegalArgumentException("not a folder name: '" + folder + "'");
            }
        }
        if (!isName(baseName)) {
            throw new IllegalArgumentException("not a file name: '" + baseName + "'");
        }
    }

    /** A new path; the caller's names must already be safe (they come from {@link UploadFolder} or are generated). */
    public static MediaPath of(List<String> folders, String baseName, MediaFormat format) {
        return new MediaPath(folders, baseName, format);
    }

    /**
     * The path a request names after {@code /public/}, if it could name a stored file at all; empty for anything
     * else (a parent or current folder, an empty or odd segment, an unknown extension, a leading slash).
     */
    public static Optional<MediaPath> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = text.split("/", -1);
        if (segments.length - 1 > MAX_FOLDERS) {
            return Optional.empty();
        }
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < segments.length - 1; i++) {
            if (!isName(segments[i])) {
                return Optional.empty();
            }
            folders.add(segments[i]);
        }
        String file = segments[segments.length - 1];
        int dot = file.lastIndexOf('.');
        if (dot <= 0 || !isName(file.substring(0, dot))) {
            return Optional.empty();
        }
        return MediaFormat.ofExtension(file.substring(dot + 1))
                .map(format -> new MediaPath(folders, file.substring(0, dot), format));
    }

    public List<String> folders() {
        return folders;
    }

    /** The file's name with its extension. */
    public String fileName() {
        return baseName + "." + format.extension();
    }

    public MediaFormat format() {
        return format;
    }

    /** The folders and the file name. */
    public List<String> segments() {
        List<String> segments = new ArrayList<>(folders);
        segments.add(fileName());
        return segments;
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-';
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MediaPath that && folders.equals(that.folders) && baseName.equals(that.baseName)
                && format == that.format;
    }

    @Override
    public int hashCode() {
        return Objects.hash(folders, baseName, format);
    }

    /** {@code uploads/Diy/a/20250310/1710038202074_99501763.png}: no leading slash. */
    @Override
    public String toString() {
        return String.join("/", segments());
    }
}
