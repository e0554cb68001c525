package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.UploadMediaCommand;
import io.parley.chat.application.port.in.UploadMediaUseCase;
import io.parley.chat.domain.media.StoredMedia;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.glassfish.jersey.media.multipart.BodyPartEntity;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Uploads (API.md c.3 "Media" #34–#36, j.7): one file of {@code multipart/form-data}, stored by the core under a
 * generated name and answered with the absolute address it is served at. {@link ChatAuthFilter} has checked the token
 * and the visitor allow-list before a byte of the body was read.
 */
@Path("/api/chat")
public final class MediaResource {
    static final String IMAGE_FIELD = "img";

    private final UploadMediaUseCase uploadMedia;
    private final long maxBytes;

    MediaResource(RestApi.UseCases useCases, UploadSettings uploads) {
        this.uploadMedia = useCases.uploadMedia();
        this.maxBytes = uploads.maxBytes();
    }

    /** #34 into the caller's folder: {@code {"url":"http://host:port/public/uploads/Diy/<folders>/<day>/<name>"}}. */
    @POST
    @Path("uploadStreamSingleToServerDiy/{diydir}")
    public Response uploadToFolder(@PathParam("diydir") String diydir, @Context ContainerRequest request) {
        StoredMedia stored = upload(request, UploadMediaCommand.FILE_FIELD,
                content -> UploadMediaCommand.intoDiyFolder(diydir, content), form -> { });
        return ApiResponses.ok(Map.of("url", PublicUrls.of(request.getBaseUri(), stored.path())));
    }

    /**
     * #35, the seed's upload to its object store, kept by ours: field {@code img}, class id {@code imageClassId} (query)
     * or {@code image_class_id} (form), default 0; answers the seed's one-element array (j.9).
     */
    @POST
    @Path("uploadAliyun")
    public Response uploadToImageLibrary(@Context ContainerRequest request) {
        long[] classId = {0};
        String fromQuery = request.getUriInfo().getQueryParameters().getFirst("imageClassId");
        StoredMedia stored = upload(request, IMAGE_FIELD, UploadMediaCommand::intoImageLibrary, form -> {
            String fromForm = UploadBody.field(form, "image_class_id");
            classId[0] = fromQuery != null ? classId("imageClassId", fromQuery)
                    : fromForm != null ? classId("image_class_id", fromForm) : 0;
        });
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("url", PublicUrls.of(request.getBaseUri(), stored.path()));
        image.put("path", stored.path().toString());
        image.put("image_class_id", classId[0]);
        image.put("create_time", stored.lastModified().getEpochSecond());
        return ApiResponses.ok(List.of(image));
    }

    /**
     * #36, a frame of a video as its cover: not offered. Grabbing a frame needs a video decoder (ffmpeg); the embedded
     * server installs nothing, so clients show their own placeholder or take the cover on the device (see docs/api.md).
     */
    @POST
    @Path("getVideoScreenshot")
    public Response videoCover() {
        throw new DomainException(ReasonCode.NOT_SUPPORTED);
    }

    private StoredMedia upload(ContainerRequest request, String field,
            Function<InputStream, UploadMediaCommand> command, java.util.function.Consumer<FormDataMultiPart> fields) {
        try (FormDataMultiPart form = UploadBody.read(request, maxBytes)) {
            fields.accept(form);
            FormDataBodyPart file = UploadBody.file(form, field);
            try (InputStream content = file.getEntityAs(BodyPartEntity.class).getInputStream()) {
                return uploadMedia.upload(command.apply(content));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("reading an upload", failure);
        }
    }

    private static long classId(String field, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new ValidationException(field, Problem.NOT_INTEGER);
        }
    }
}
