package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

/**
 * The failure envelope for errors Grizzly answers itself, before or around Jersey. Grizzly's default page is HTML
 * that can carry a stack trace; ours never does.
 */
final class JsonErrorPages implements ErrorPageGenerator {
    private final ObjectMapper mapper;

    JsonErrorPages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description,
            Throwable exception) {
        Language language = RequestLanguage.of(request.getHeader("Accept-Language"));
        ReasonCode reason = FailureStatus.reasonFor(status);
        FailureBody body = reason == ReasonCode.INTERNAL_ERROR
                ? Failures.internalErrorBody(exception, request.getMethod() + " " + request.getRequestURI()
                        + " (HTTP " + status + " " + reasonPhrase + ")", language)
                : Failures.refusalBody(new DomainException(reason), language);
        request.getResponse().setContentType(Failures.JSON.toString());
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a failure body is plain strings", impossible);
        }
    }
}
