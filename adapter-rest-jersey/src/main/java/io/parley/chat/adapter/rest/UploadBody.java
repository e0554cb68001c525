package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.UploadMediaCommand;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Reads a {@code multipart/form-data} upload: Jersey's multipart reader (MIMEPull) streams every part larger than a
 * few kilobytes to a temporary file, never to memory, and deletes those files when the request ends. A body announced
 * larger than the limit allows is refused before a byte is read; one that grows past it while being read is cut off
 * there, and the parts read so far are deleted at once.
 */
final class UploadBody {
    /** Room for the other fields, the part headers and the boundaries around a file of the largest size. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private UploadBody() {
    }

    static FormDataMultiPart read(ContainerRequest request, long maxFileBytes) {
        MediaType type = mediaTypeOf(request);
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            throw new ValidationException(UploadMediaCommand.FILE_FIELD, Problem.REQUIRED);
        }
        long maxBodyBytes = maxFileBytes + MULTIPART_OVERHEAD;
        if (declaredLength(request) > maxBodyBytes) {
            throw new DomainException(ReasonCode.UPLOAD_TOO_LARGE);
        }
        request.setEntityStream(new BodyLimit(request.getEntityStream(), maxBodyBytes));
        try {
            return request.readEntity(FormDataMultiPart.class);
        } catch (RuntimeException unreadable) {
            if (causedBy(unreadable, BodyLimit.Exceeded.class) || isTooLarge(unreadable)) {
                // past the size, or more parts than a form of ours has
                throw new DomainException(ReasonCode.UPLOAD_TOO_LARGE);
            }
            if (unreadable instanceof DomainException refusal) {
                throw refusal;
            }
            throw new ValidationException(BodyParameters.BODY_FIELD, Problem.BAD_SHAPE, "multipart/form-data");
        }
    }

    /**
     * The file of the form: the part named {@code field}, else the first part that carries a file name (the seed
     * took the first file stream whatever its name).
     */
    static FormDataBodyPart file(FormDataMultiPart form, String field) {
        FormDataBodyPart named = form.getField(field);
        if (named != null) {
            return named;
        }
        for (List<FormDataBodyPart> parts : form.getFields().values()) {
            for (FormDataBodyPart part : parts) {
                if (part.getContentDisposition() != null && part.getContentDisposition().getFileName() != null) {
                    return part;
                }
            }
        }
        throw new ValidationException(field, Problem.REQUIRED);
    }

    /** A plain text field of the form, or null. */
    static String field(FormDataMultiPart form, String name) {
        FormDataBodyPart part = form.getField(name);
        return part == null ? null : part.getValue();
    }

    private static long declaredLength(ContainerRequest request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            // Grizzly frames the request; a length it accepted is a number
            return -1;
        }
    }

    private static MediaType mediaTypeOf(ContainerRequest request) {
        try {
            return request.getMediaType();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static boolean isTooLarge(RuntimeException failure) {
        return failure instanceof WebApplicationException refused
                && refused.getResponse().getStatus() == Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> cause) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (cause.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The request body, cut off past its limit with an {@link IOException}: MIMEPull reports that as a parse failure
     * and deletes the temporary files of the parts it had begun.
     */
    static final class BodyLimit extends FilterInputStream {
        private final long limit;
        private long count;

        BodyLimit(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws Exceeded {
            count += n;
            if (count > limit) {
                throw new Exceeded(limit);
            }
        }

        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;

            Exceeded(long limit) {
                super("the request body passed " + limit + " bytes");
            }
        }
    }
}
