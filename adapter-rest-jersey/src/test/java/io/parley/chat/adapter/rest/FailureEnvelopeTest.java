package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/** Every failure reaches the client as {msg:"fail", data, code} with the status of API.md j.9, never a stack trace. */
class FailureEnvelopeTest {
    /** j.9 "Failures": the codes that are not 400. */
    private static final Map<ReasonCode, Integer> NOT_400 = Map.of(
            ReasonCode.VALIDATION_FAILED, 422,
            ReasonCode.ADMIN_TOKEN_REQUIRED, 401,
            ReasonCode.NOT_FOUND, 404,
            ReasonCode.METHOD_NOT_ALLOWED, 405,
            ReasonCode.UPLOAD_TOO_LARGE, 413,
            ReasonCode.UPLOAD_TYPE_REFUSED, 415,
            ReasonCode.RATE_LIMITED, 429,
            ReasonCode.INTERNAL_ERROR, 500,
            ReasonCode.NOT_READY, 503);

    private static RestApiHarness api;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeAll
    static void start() throws Exception {
        api = RestApiHarness.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void fresh() {
        api.resetMocks();
        log.start();
        ((Logger) LoggerFactory.getLogger(Failures.class)).addAppender(log);
    }

    @AfterEach
    void detachLog() {
        ((Logger) LoggerFactory.getLogger(Failures.class)).detachAppender(log);
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void eachReasonHasItsStatusCodeAndChineseText(ReasonCode reason) throws Exception {
        when(api.login.login(any())).thenThrow(new DomainException(reason));

        RestApiHarness.Reply reply = login().send();

        assertEquals(NOT_400.getOrDefault(reason, 400), reply.status(), reply.text());
        assertEquals("fail", reply.json().get("msg").asText());
        assertEquals(reason.name(), reply.code());
        assertEquals(reason.text(Language.ZH), reply.data());
        assertEquals(reason == ReasonCode.INTERNAL_ERROR, reply.json().has("request_id"), reply.text());
        assertTrue(String.valueOf(reply.header("Content-Type")).startsWith("application/json"),
                reply.headers().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | EN",
        "en-US,en;q=0.9 | EN",
        "zh;q=0.9,en;q=0.8 | ZH",
        "zh-CN | ZH",
        "fr,en;q=0.5 | EN",
        "en;q=0,zh;q=0.1 | ZH"})
    void theTextFollowsAcceptLanguage(String header, Language expected) throws Exception {
        when(api.login.login(any())).thenThrow(new DomainException(ReasonCode.BAD_CREDENTIALS));

        RestApiHarness.Reply reply = login().header("Accept-Language", header).send();

        assertEquals(ReasonCode.BAD_CREDENTIALS.text(expected), reply.data());
    }

    @Test
    void aRequestOfferingAnotherProtocolIsAnsweredAsPlainHttp() throws Exception {
        RestApiHarness.Reply reply = api.raw("GET", "/api/nothing", "Upgrade: h2c", "HTTP2-Settings: AAMAAABkAAQAAP__");

        assertEquals(404, reply.status());
        assertEquals("NOT_FOUND", reply.json().get("code").asText());
        assertEquals("application/json;charset=UTF-8", reply.header("Content-Type"));
    }

    @Test
    void withoutAcceptLanguageTheTextIsChinese() throws Exception {
        when(api.login.login(any())).thenThrow(new DomainException(ReasonCode.BAD_CREDENTIALS));

        assertEquals(ReasonCode.BAD_CREDENTIALS.text(Language.ZH), login().send().data());
    }

    @Test
    void validationTextNamesTheFieldInTheCallersLanguage() throws Exception {
        RestApiHarness.Reply en = api.post("/api/loginChat").header("Accept-Language", "en")
                .json("{\"username\":\"alice\"}").send();

        assertEquals(422, en.status());
        assertEquals("password", en.field());
        assertEquals("password is required", en.data());
    }

    @Test
    void anUnknownRouteIs404InTheEnvelope() throws Exception {
        RestApiHarness.Reply reply = api.get("/api/nothing/here").header("Accept-Language", "en").send();

        assertEquals(404, reply.status());
        assertEquals("fail", reply.json().get("msg").asText());
        assertEquals("NOT_FOUND", reply.code());
        assertEquals(ReasonCode.NOT_FOUND.text(Language.EN), reply.data());
    }

    @Test
    void theWrongMethodIs405InTheEnvelopeWithAllow() throws Exception {
        RestApiHarness.Reply reply = api.get("/api/loginChat").send();

        assertEquals(405, reply.status());
        assertEquals("METHOD_NOT_ALLOWED", reply.code());
        assertTrue(reply.header("Allow").contains("POST"), reply.header("Allow"));
    }

    @Test
    void anUnexpectedExceptionIs500WithARequestIdThatIsLoggedAndNothingElse() throws Exception {
        when(api.login.login(any())).thenThrow(new IllegalStateException("secret detail of the crash"));

        RestApiHarness.Reply reply = login().send();

        assertEquals(500, reply.status());
        assertEquals("fail", reply.json().get("msg").asText());
        assertEquals("INTERNAL_ERROR", reply.code());
        assertEquals("Internal Server Error", reply.data());
        String requestId = reply.json().get("request_id").asText();
        assertFalse(requestId.isBlank());
        assertEquals(4, reply.json().size(), "msg, data, code, request_id: " + reply.text());
        assertFalse(reply.text().contains("secret detail"), reply.text());
        assertFalse(reply.text().contains("IllegalStateException"), reply.text());
        assertFalse(reply.text().contains("\tat "), reply.text());

        ILoggingEvent logged = log.list.stream()
                .filter(event -> event.getFormattedMessage().contains(requestId))
                .findFirst().orElse(null);
        assertNotNull(logged, "the request id is in the log");
        assertEquals("secret detail of the crash", logged.getThrowableProxy().getMessage());
    }

    @Test
    void aBodyThatIsNotJsonIs422OnBody() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/loginChat").json("{\"username\":\"alice\",").send();

        assertEquals(422, reply.status());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals("body", reply.field());
        verifyNoInteractions(api.login);
    }

    @Test
    void aJsonBodyThatIsNotAnObjectIs422OnBody() throws Exception {
        RestApiHarness.Reply array = api.post("/api/loginChat").json("[\"alice\"]").send();
        RestApiHarness.Reply trailing = api.post("/api/loginChat").json("{} {}").send();

        assertEquals("body", array.field());
        assertEquals("body", trailing.field());
    }

    @Test
    void aChatPathWithABrokenBodyIsRefusedBeforeTheToken() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/logout").json("{token").send();

        assertEquals(422, reply.status());
        assertEquals("body", reply.field());
        verifyNoInteractions(api.authenticate);
    }

    @Test
    void aBodyOfAnotherTypeIsNotReadAsParameters() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/loginChat")
                .body("text/plain", "{\"username\":\"alice\",\"password\":\"x\"}").send();

        assertEquals(422, reply.status());
        assertEquals("VALIDATION_FAILED", reply.code());
        verifyNoInteractions(api.login);
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsJson() throws Exception {
        when(api.login.login(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        RestApiHarness.Reply reply = api.post("/api/loginChat")
                .bodyWithoutType("{\"username\":\"alice\",\"password\":\"x\"}").send();

        assertEquals(200, reply.status(), reply.text());
    }

    @Test
    void aChunkedBodyIsRead() throws Exception {
        when(api.login.login(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        RestApiHarness.Reply reply = api.post("/api/loginChat")
                .chunkedJson("{\"username\":\"alice\",\"password\":\"x\"}").send();

        assertEquals(200, reply.status(), reply.text());
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsRefused() throws Exception {
        String big = "{\"username\":\"" + "a".repeat(RequestParamsFilter.MAX_BODY_BYTES) + "\"}";

        RestApiHarness.Reply reply = api.post("/api/loginChat").chunkedJson(big).send();

        assertEquals(413, reply.status());
        verifyNoInteractions(api.login);
    }

    @Test
    void aParameterBodyOverOneMebibyteIsRefused() throws Exception {
        String big = "{\"username\":\"" + "a".repeat(RequestParamsFilter.MAX_BODY_BYTES) + "\"}";

        RestApiHarness.Reply reply = api.post("/api/loginChat").json(big).send();

        assertEquals(413, reply.status());
        assertEquals("UPLOAD_TOO_LARGE", reply.code());
        verifyNoInteractions(api.login);
    }

    private static RestApiHarness.Call login() {
        return api.post("/api/loginChat").json("{\"username\":\"alice\",\"password\":\"secret1\"}");
    }
}
