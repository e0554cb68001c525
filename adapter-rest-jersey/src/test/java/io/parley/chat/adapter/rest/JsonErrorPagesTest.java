package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Errors Grizzly answers itself (outside Jersey) still come in the envelope, never as an HTML stack trace. */
class JsonErrorPagesTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonErrorPages pages = new JsonErrorPages(JsonMapping.create());
    private final Request request = mock(Request.class);
    private final Response response = mock(Response.class);

    @BeforeEach
    void grizzlyRequest() {
        when(request.getResponse()).thenReturn(response);
        when(request.getMethod()).thenReturn(org.glassfish.grizzly.http.Method.POST);
        when(request.getRequestURI()).thenReturn("/api/loginChat");
    }

    @Test
    void aServerErrorSaysOnlyInternalServerErrorWithARequestId() throws Exception {
        JsonNode body = mapper.readTree(pages.generate(request, 500, "Request failed.", "boom",
                new IllegalStateException("secret detail")));

        assertEquals("fail", body.get("msg").asText());
        assertEquals("INTERNAL_ERROR", body.get("code").asText());
        assertEquals("Internal Server Error", body.get("data").asText());
        assertFalse(body.get("request_id").asText().isBlank());
        assertFalse(body.toString().contains("secret"), body.toString());
        verify(response).setContentType("application/json;charset=UTF-8");
    }

    @Test
    void aClientErrorGetsItsReasonInTheRequestsLanguage() throws Exception {
        when(request.getHeader("Accept-Language")).thenReturn("en");

        JsonNode body = mapper.readTree(pages.generate(request, 413, "Request Entity Too Large", null, null));

        assertEquals("UPLOAD_TOO_LARGE", body.get("code").asText());
        assertEquals(ReasonCode.UPLOAD_TOO_LARGE.text(Language.EN), body.get("data").asText());
        assertTrue(body.path("request_id").isMissingNode());
    }

    @Test
    void aStatusWithoutAReasonOfItsOwnIsNotSupported() throws Exception {
        JsonNode body = mapper.readTree(pages.generate(request, 400, "Bad Request", null, null));

        assertEquals("NOT_SUPPORTED", body.get("code").asText());
        assertEquals(ReasonCode.NOT_SUPPORTED.text(Language.ZH), body.get("data").asText());
    }
}
