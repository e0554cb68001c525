package io.parley.chat.domain.media;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an upload goes and how its file is named, as the seed named them (API.md c.3 #34, #35): a dated folder and a
 * name of the upload's epoch milliseconds and a random part. The name is always generated; the extension is that of
 * the format the content turned out to be, never the client's.
 */
public sealed interface UploadTarget permits UploadTarget.DiyFolder, UploadTarget.ImageLibrary {
    /** Days are UTC days, so that every node of a cluster names the same day alike. */
    DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * A fresh path for an upload of this format at {@code now}.
     *
     * @param random random bits; a second call with other bits gives another name
     */
    MediaPath newPath(Instant now, long random, MediaFormat format);

    /** #34: {@code uploads/Diy/<folders>/<yyyyMMdd>/<epoch ms>_<8 random digits>.<ext>}. */
    record DiyFolder(UploadFolder folder) implements UploadTarget {
        @Override
        public MediaPath newPath(Instant now, long random, MediaFormat format) {
            List<String> folders = new ArrayList<>(List.of("uploads", "Diy"));
            folders.addAll(folder.folders());
            folders.add(DAY.format(now));
            String name = now.toEpochMilli() + "_" + String.format(Locale.ROOT, "%08d",
                    Math.floorMod(random, 100_000_000L));
            return MediaPath.of(folders, name, format);
        }
    }

    /** #35: {@code images/<yyyyMMdd>/<epoch ms>_<12 random hex digits>.<ext>}. */
    record ImageLibrary() implements UploadTarget {
        @Override
        public MediaPath newPath(Instant now, long random, MediaFormat format) {
            String name = now.toEpochMilli() + "_" + String.format(Locale.ROOT, "%012x", random & 0xFFFF_FFFF_FFFFL);
            return MediaPath.of(List.of("images", DAY.format(now)), name, format);
        }
    }
}
