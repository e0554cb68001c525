package io.parley.chat.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;

/**
 * The named parameters of one request, read once by {@link RequestParamsFilter}: query parameters and the fields of
 * a JSON or form body, every value as text (numbers and booleans as written, nested JSON as JSON text). Values are
 * handed to the commands' factories as they are; the core validates them and names the faulty field.
 */
final class RequestParams {
    private static final String PROPERTY = RequestParams.class.getName();

    private final Map<String, String> query;
    private final Map<String, String> body;
    private final String clientAddress;

    RequestParams(Map<String, String> query, Map<String, String> body, String clientAddress) {
        this.query = Map.copyOf(query);
        this.body = Map.copyOf(body);
        this.clientAddress = clientAddress;
    }

    static RequestParams of(ContainerRequestContext request) {
        Object params = request.getProperty(PROPERTY);
        if (params == null) {
            throw new IllegalStateException("RequestParamsFilter did not run for " + request.getUriInfo().getPath());
        }
        return (RequestParams) params;
    }

    void attachTo(ContainerRequestContext request) {
        request.setProperty(PROPERTY, this);
    }

    /** A parameter from the body, else from the query (the body wins, as in the seed's validator); null if absent. */
    String get(String name) {
        String fromBody = body.get(name);
        return fromBody != null ? fromBody : query.get(name);
    }

    String fromQuery(String name) {
        return query.get(name);
    }

    String fromBody(String name) {
        return body.get(name);
    }

    /** The peer address of the connection; never a forwarding header, which any client can forge. */
    String clientAddress() {
        return clientAddress;
    }
}
