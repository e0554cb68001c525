package io.parley.chat.adapter.rest;

import jakarta.ws.rs.core.Response;

/** Successful answers: HTTP 200 with the seed's envelope. */
final class ApiResponses {
    private ApiResponses() {
    }

    static Response ok(Object data) {
        return Response.ok(SuccessBody.of(data), Failures.JSON).build();
    }
}
