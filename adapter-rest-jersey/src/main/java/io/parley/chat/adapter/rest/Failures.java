package io.parley.chat.adapter.rest;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns refusals and crashes into the failure envelope; the only place that decides what a client learns. */
final class Failures {
    static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    static Response refusal(DomainException refusal, Language language) {
        return Response.status(FailureStatus.of(refusal.reason()))
                .type(JSON)
                .entity(refusalBody(refusal, language))
                .build();
    }

    static FailureBody refusalBody(DomainException refusal, Language language) {
        return FailureBody.of(refusal.text(language), refusal.reason().name(), refusal.field().orElse(null), null);
    }

    static Response internalError(Throwable cause, String request, Language language) {
        return Response.status(FailureStatus.of(ReasonCode.INTERNAL_ERROR))
                .type(JSON)
                .entity(internalErrorBody(cause, request, language))
                .build();
    }

    /**
     * Logs the cause under a fresh request id and answers with that id alone: the client can quote it, the operator
     * finds the stack trace, and nothing of the cause leaks.
     */
    static FailureBody internalErrorBody(Throwable cause, String request, Language language) {
        String requestId = UUID.randomUUID().toString();
        LOG.error("request_id={} {} failed", requestId, request, cause);
        ReasonCode reason = ReasonCode.INTERNAL_ERROR;
        return FailureBody.of(reason.text(language), reason.name(), null, requestId);
    }
}
