package io.parley.chat.adapter.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Anything else is our fault: a 500 with a request id, the stack trace only in the log. */
final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable failure) {
        return Failures.internalError(failure, request.getMethod() + " /" + uri.getPath(), RequestLanguage.of(headers));
    }
}
