package io.parley.chat.adapter.rest;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Jersey's own answers (no route, wrong method, ...) in the failure envelope instead of its HTML or empty bodies. */
final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        ReasonCode reason = FailureStatus.reasonFor(exception.getResponse().getStatus());
        if (reason == ReasonCode.INTERNAL_ERROR) {
            return Failures.internalError(exception, request.getMethod() + " /" + uri.getPath(),
                    RequestLanguage.of(headers));
        }
        Response refusal = Failures.refusal(new DomainException(reason), RequestLanguage.of(headers));
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? refusal : Response.fromResponse(refusal).header(HttpHeaders.ALLOW, allow).build();
    }
}
