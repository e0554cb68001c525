package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.grizzly.http.server.Request;

/**
 * Reads the parameters of every request once, before routing (the chat auth needs a body {@code token} before the
 * resource runs), and puts the body back for anyone who reads the stream later.
 */
@PreMatching
final class RequestParamsFilter implements ContainerRequestFilter {
    /** Parameter bodies are small (the largest field, {@code userset}, is 64 KiB); uploads are not read here. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final String TRANSFER_ENCODING = "Transfer-Encoding";

    private final ObjectMapper mapper;

    @Context
    private Provider<Request> connection;

    RequestParamsFilter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Map<String, String> query = firstValues(request.getUriInfo().getQueryParameters());
        new RequestParams(query, readBody(request), connection.get().getRemoteAddr()).attachTo(request);
    }

    private Map<String, String> readBody(ContainerRequestContext request) throws IOException {
        MediaType type = mediaTypeOf(request);
        BodyParameters.Kind kind = type == null && request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null
                ? BodyParameters.Kind.OTHER
                : BodyParameters.kindOf(type);
        if (kind == BodyParameters.Kind.OTHER) {
            return Map.of();
        }
        int declared = request.getLength();
        boolean chunked = request.getHeaderString(TRANSFER_ENCODING) != null;
        if (declared <= 0 && !chunked) {
            // a request with neither header has no body (RFC 9112 6.3); never wait for one
            return Map.of();
        }
        if (declared > MAX_BODY_BYTES) {
            throw new DomainException(ReasonCode.UPLOAD_TOO_LARGE);
        }
        // exactly what Content-Length announces, not "to the end of the stream": should the container ever leave a
        // body unframed (Grizzly does for requests it takes for upgrades, see ForeignUpgradeDecliner), a read to the
        // end would wait for the client to hang up
        byte[] body = request.getEntityStream().readNBytes(chunked ? MAX_BODY_BYTES + 1 : declared);
        if (body.length > MAX_BODY_BYTES) {
            throw new DomainException(ReasonCode.UPLOAD_TOO_LARGE);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return kind == BodyParameters.Kind.FORM ? BodyParameters.fromForm(body, type)
                : BodyParameters.fromJson(mapper, body);
    }

    /** Null for an absent or unreadable Content-Type; an unreadable one leaves the body unread. */
    private static MediaType mediaTypeOf(ContainerRequestContext request) {
        try {
            return request.getMediaType();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static Map<String, String> firstValues(MultivaluedMap<String, String> parameters) {
        Map<String, String> first = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                first.put(entry.getKey(), entry.getValue().get(0));
            }
        }
        return first;
    }
}
