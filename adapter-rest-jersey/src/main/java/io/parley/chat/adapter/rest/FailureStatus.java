package io.parley.chat.adapter.rest;

import io.parley.chat.domain.shared.ReasonCode;

/** The HTTP status of each reason (API.md j.9 "Failures"): the status follows from the code, never the reverse. */
final class FailureStatus {
    private FailureStatus() {
    }

    static int of(ReasonCode reason) {
        switch (reason) {
            case VALIDATION_FAILED:
                return 422;
            case ADMIN_TOKEN_REQUIRED:
                return 401;
            case NOT_FOUND:
                return 404;
            case METHOD_NOT_ALLOWED:
                return 405;
            case UPLOAD_TOO_LARGE:
                return 413;
            case UPLOAD_TYPE_REFUSED:
                return 415;
            case RATE_LIMITED:
                return 429;
            case INTERNAL_ERROR:
                return 500;
            case NOT_READY:
                return 503;
            default:
                return 400;
        }
    }

    /**
     * The reason for a status that Jersey or Grizzly chose (no route, wrong method, ...). Statuses without a reason
     * of their own are client mistakes we do not support, or internal errors from 500 on.
     */
    static ReasonCode reasonFor(int status) {
        switch (status) {
            case 404:
                return ReasonCode.NOT_FOUND;
            case 405:
                return ReasonCode.METHOD_NOT_ALLOWED;
            case 413:
                return ReasonCode.UPLOAD_TOO_LARGE;
            case 415:
                return ReasonCode.UPLOAD_TYPE_REFUSED;
            case 429:
                return ReasonCode.RATE_LIMITED;
            default:
                return status >= 500 ? ReasonCode.INTERNAL_ERROR : ReasonCode.NOT_SUPPORTED;
        }
    }
}
