package io.parley.chat.application.port.in;

import io.parley.chat.domain.media.UploadFolder;
import io.parley.chat.domain.media.UploadTarget;
import io.parley.chat.domain.shared.Ensure;
import java.io.InputStream;

/**
 * One file to store: where it goes and its bytes. The stream belongs to the caller, who closes it; the core reads it
 * once, to its end or to the size limit.
 */
public record UploadMediaCommand(UploadTarget target, InputStream content) {
    /** The parameter a missing file is reported under (API.md j.10). */
    public static final String FILE_FIELD = "file";

    public UploadMediaCommand {
        Ensure.present("target", target);
        Ensure.present(FILE_FIELD, content);
    }

    /** #34: into the client's folder ({@code diydir}, reduced to safe names). */
    public static UploadMediaCommand intoDiyFolder(String diydir, InputStream content) {
        return new UploadMediaCommand(new UploadTarget.DiyFolder(UploadFolder.fromDiyDir(diydir)), content);
    }

    /** #35: into the image library, where the seed's OSS uploads went. */
    public static UploadMediaCommand intoImageLibrary(InputStream content) {
        return new UploadMediaCommand(new UploadTarget.ImageLibrary(), content);
    }
}
