package io.parley.chat.domain.media;

import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder a client names for #34 ({@code diydir}): {@code _} separates nested folders ({@code a_b} is {@code a/b}),
 * and every folder is reduced to letters, digits and {@code -} (API.md j.7). Dots, slashes, backslashes, colons and
 * everything else are dropped, so no {@code diydir} can name a parent, an absolute path or a hidden file: whatever a
 * client sends, the folder stays below the upload root. A name with nothing left is refused.
 */
public record UploadFolder(List<String> folders) {
    public static final String FIELD = "diydir";
    public static final int MAX_FOLDERS = 8;
    public static final int MAX_FOLDER_LENGTH = 64;

    private static final String EXPECTED = "1 to " + MAX_FOLDERS + " folders separated by '_', each of letters, digits"
            + " or '-', at most " + MAX_FOLDER_LENGTH + " long";

    public UploadFolder {
        folders = List.copyOf(folders);
        if (folders.isEmpty() || folders.size() > MAX_FOLDERS) {
            throw new ValidationException(FIELD, Problem.BAD_SHAPE, EXPECTED);
        }
        for (String folder : folders) {
            if (folder.isEmpty() || folder.length() > MAX_FOLDER_LENGTH || !isSafe(folder)) {
                throw new ValidationException(FIELD, Problem.BAD_SHAPE, EXPECTED);
            }
        }
    }

    /** {@code chatImgs} → [chatImgs]; {@code a_b} → [a, b]; {@code ../etc_passwd} → [etc, passwd]; {@code ..} → refused. */
    public static UploadFolder fromDiyDir(String diydir) {
        if (diydir == null || diydir.isEmpty()) {
            throw new ValidationException(FIELD, Problem.REQUIRED);
        }
        List<String> folders = new ArrayList<>();
        for (String part : diydir.split("_", -1)) {
            String reduced = reduce(part);
            if (!reduced.isEmpty()) {
                folders.add(reduced);
            }
        }
        return new UploadFolder(folders);
    }

    private static String reduce(String part) {
        StringBuilder kept = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (isSafe(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isSafe(String folder) {
        for (int i = 0; i < folder.length(); i++) {
            if (!isSafe(folder.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSafe(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}
