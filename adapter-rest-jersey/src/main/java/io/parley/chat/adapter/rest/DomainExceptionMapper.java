package io.parley.chat.adapter.rest;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A refusal by the core (or by our filters) in the caller's language, with its stable code. */
final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionMapper.class);

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(DomainException refusal) {
        Language language = RequestLanguage.of(headers);
        if (refusal.reason() == ReasonCode.INTERNAL_ERROR) {
            // a core that reports its own failure gets the same treatment as a crash: logged, with a request id
            return Failures.internalError(refusal, request.getMethod() + " /" + uri.getPath(), language);
        }
        LOG.debug("refused: {}", refusal.getMessage());
        return Failures.refusal(refusal, language);
    }
}
