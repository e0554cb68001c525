package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.GetMediaUseCase;
import io.parley.chat.application.port.in.MediaDownload;
import io.parley.chat.domain.media.StoredMedia;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Date;

/**
 * Serves stored media at {@code /public/<path>} to anyone, as the seed served its upload folder statically. A stored
 * file never changes, so it may be cached for a year; its type is the allowed format it was sniffed as, and
 * {@code nosniff} plus a sandboxing policy keep a browser from reading it as anything else. Single byte ranges are
 * answered with 206 (video players seek with them); Grizzly's static handler has no ranges, and this goes through the
 * media store's port, so an object store serves the same way.
 */
@Path("/" + PublicUrls.PREFIX)
public final class PublicMediaResource {
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    /** A file opened on its own renders as an inert document: no script, no plugin, no request elsewhere. */
    static final String SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private static final String ACCEPT_RANGES = "Accept-Ranges";
    private static final String CONTENT_RANGE = "Content-Range";
    private static final String IF_RANGE = "If-Range";
    private static final int COPY_BUFFER = 64 * 1024;

    private final GetMediaUseCase media;

    PublicMediaResource(RestApi.UseCases useCases) {
        this.media = useCases.media();
    }

    @GET
    @Path("{path: .+}")
    public Response get(@PathParam("path") String path, @HeaderParam("Range") String range,
            @HeaderParam(IF_RANGE) String ifRange, @Context Request request) {
        return answer(path, range, ifRange, request, true);
    }

    /** The same headers as GET, without opening the file. */
    @HEAD
    @Path("{path: .+}")
    public Response head(@PathParam("path") String path, @HeaderParam("Range") String range,
            @HeaderParam(IF_RANGE) String ifRange, @Context Request request) {
        return answer(path, range, ifRange, request, false);
    }

    private Response answer(String path, String rangeHeader, String ifRange, Request request, boolean withBody) {
        MediaDownload download = media.getMedia(path).orElseThrow(() -> new DomainException(ReasonCode.NOT_FOUND));
        StoredMedia file = download.media();
        EntityTag tag = entityTag(file);
        Date modified = Date.from(file.lastModified());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        if (notModified != null) {
            return cacheable(notModified, file, tag).build();
        }
        ByteRange.Request wanted = rangeApplies(ifRange, tag) ? ByteRange.parse(rangeHeader, file.size())
                : new ByteRange.Whole();
        if (wanted instanceof ByteRange.Unsatisfiable) {
            return cacheable(Response.status(416), file, tag)
                    .header(CONTENT_RANGE, "bytes */" + file.size())
                    .build();
        }
        ByteRange range = wanted instanceof ByteRange.Part part ? part.range()
                : new ByteRange(0, file.size() - 1);
        Response.ResponseBuilder answer = cacheable(Response.status(wanted instanceof ByteRange.Part ? 206 : 200),
                file, tag)
                .type(file.format().mimeType())
                .header(HttpHeaders.CONTENT_LENGTH, range.length());
        if (wanted instanceof ByteRange.Part) {
            answer.header(CONTENT_RANGE, range.contentRange(file.size()));
        }
        if (withBody && range.length() > 0) {
            answer.entity(bytes(download, range));
        }
        return answer.build();
    }

    private static StreamingOutput bytes(MediaDownload download, ByteRange range) {
        return out -> {
            try (InputStream in = download.open(range.first(), range.length())) {
                byte[] buffer = new byte[COPY_BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
            }
        };
    }

    private static Response.ResponseBuilder cacheable(Response.ResponseBuilder answer, StoredMedia file,
            EntityTag tag) {
        return answer.tag(tag)
                .lastModified(Date.from(file.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                .header(ACCEPT_RANGES, "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX);
    }

    /** Strong: a stored file never changes, so its size and time name one content. */
    private static EntityTag entityTag(StoredMedia file) {
        return new EntityTag(Long.toHexString(file.size()) + "-" + Long.toHexString(file.lastModified().toEpochMilli()));
    }

    /**
     * A range is honoured unless {@code If-Range} names another version (RFC 9110 13.1.5). Only our own tag keeps it;
     * with a date the whole file is sent, which is always allowed.
     */
    private static boolean rangeApplies(String ifRange, EntityTag tag) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.trim();
        return value.startsWith("\"") && value.equals("\"" + tag.getValue() + "\"");
    }
}
