package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code {"msg":"fail","data":<text>,"code":<reason>}} (API.md j.9), plus {@code field} for a validation failure and
 * {@code request_id} for an internal error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FailureBody(String msg, String data, String code, String field,
        @JsonProperty("request_id") String requestId) {

    static FailureBody of(String text, String code, String field, String requestId) {
        return new FailureBody("fail", text, code, field, requestId);
    }
}
