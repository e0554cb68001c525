package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.parley.chat.application.port.in.Readiness;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load balancer's two questions, asked without a token. */
class HealthResourceTest {
    private static RestApiHarness api;

    @BeforeAll
    static void start() throws Exception {
        api = RestApiHarness.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void forgetEarlierAnswers() {
        api.resetMocks();
    }

    @Test
    void sayTheProcessIsUpWithoutAskingAnyDependency() throws Exception {
        RestApiHarness.Reply reply = api.get("/health").send();

        assertEquals(200, reply.status());
        assertEquals("{\"msg\":\"ok\",\"data\":\"up\"}", reply.text());
        verifyNoInteractions(api.readiness, api.authenticate);
    }

    @Test
    void sayReadyWhenEveryDependencyAnswers() throws Exception {
        when(api.readiness.readiness()).thenReturn(new Readiness(List.of()));

        RestApiHarness.Reply reply = api.get("/ready").send();

        assertEquals(200, reply.status());
        assertEquals("{\"msg\":\"ok\",\"data\":\"ready\"}", reply.text());
        verifyNoInteractions(api.authenticate);
    }

    @Test
    void answer503NamingWhatDoesNotAnswer() throws Exception {
        when(api.readiness.readiness()).thenReturn(new Readiness(List.of("database", "redis")));

        RestApiHarness.Reply reply = api.get("/ready").send();

        assertEquals(503, reply.status());
        assertEquals("fail", reply.json().get("msg").asText());
        assertEquals("unreachable: database, redis", reply.data());
        assertEquals("NOT_READY", reply.code());
    }
}
