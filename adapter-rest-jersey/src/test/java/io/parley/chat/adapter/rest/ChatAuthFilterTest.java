package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.RestApiHarness.USER_TOKEN;
import static io.parley.chat.adapter.rest.RestApiHarness.VISITOR_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path under /api/chat needs a live token, checked before routing; visitor tokens open the allow-list only. */
class ChatAuthFilterTest {
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
    void fresh() {
        api.resetMocks();
        api.acceptTokens();
    }

    @Test
    void anUnknownChatPathWithoutTokenIsTokenMissingNotNotFound() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/unknown").send();

        assertEquals(400, reply.status());
        assertEquals("TOKEN_MISSING", reply.code());
        assertEquals(ReasonCode.TOKEN_MISSING.text(io.parley.chat.domain.shared.Language.ZH), reply.data());
    }

    @Test
    void anUnknownChatPathWithAUserTokenIsNotFound() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/unknown").header("token", USER_TOKEN).send();

        assertEquals(404, reply.status());
        assertEquals("NOT_FOUND", reply.code());
    }

    @Test
    void aKnownChatPathWithTheWrongMethodStillNeedsTheTokenFirst() throws Exception {
        assertEquals("TOKEN_MISSING", api.get("/api/chat/logout").send().code());
        RestApiHarness.Reply withToken = api.get("/api/chat/logout").header("token", USER_TOKEN).send();
        assertEquals(405, withToken.status());
        assertEquals("METHOD_NOT_ALLOWED", withToken.code());
    }

    @Test
    void theChatPrefixRespectsPathSegments() throws Exception {
        RestApiHarness.Reply sibling = api.get("/api/chatroom").send();
        assertEquals(404, sibling.status());
        verifyNoInteractions(api.authenticate);
        assertEquals("TOKEN_MISSING", api.get("/api/chat").send().code());
    }

    @Test
    void anUnknownTokenIsRefusedAndTheResourceDoesNotRun() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/logout").header("token", "forged").send();

        assertEquals(400, reply.status());
        assertEquals("TOKEN_INVALID", reply.code());
        verifyNoInteractions(api.logout);
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"TOKEN_EXPIRED", "USER_DISABLED", "USER_NOT_FOUND"})
    void eachRefusalOfTheAuthenticationReachesTheClient(ReasonCode reason) throws Exception {
        doThrow(new DomainException(reason)).when(api.authenticate).authenticate(any());

        RestApiHarness.Reply reply = api.post("/api/chat/logout").header("token", USER_TOKEN).send();

        assertEquals(400, reply.status());
        assertEquals(reason.name(), reply.code());
    }

    @Test
    void aVisitorMayCallAnAllowListedEndpoint() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/logout").header("token", VISITOR_TOKEN).send();

        assertEquals(200, reply.status(), reply.text());
        verify(api.logout).logout(Accounts.asVisitor());
    }

    @Test
    void aVisitorIsRefusedEverythingElse() throws Exception {
        RestApiHarness.Reply reply = api.post("/api/chat/setPassword").header("token", VISITOR_TOKEN)
                .json("{\"oldpassword\":\"a\",\"newpassword\":\"bbbbbb\",\"checknewpassword\":\"bbbbbb\"}").send();

        assertEquals(400, reply.status());
        assertEquals("VISITOR_FORBIDDEN", reply.code());
        verifyNoInteractions(api.changePassword);
    }

    @Test
    void theAllowListMatchesTheMethodToo() throws Exception {
        assertEquals("VISITOR_FORBIDDEN", api.get("/api/chat/userset").header("token", VISITOR_TOKEN).send().code());
    }

    @Test
    void aVisitorIsLetThroughToAllowListedPathsBelowAnEntry() throws Exception {
        when(api.groupInfo.groupInfo(any())).thenReturn(Groups.info());
        when(api.myGroups.myGroups(any())).thenReturn(List.of());

        assertEquals(200, api.get("/api/chat/groupinfo/12").header("token", VISITOR_TOKEN).send().status());
        assertEquals(200, api.get("/api/chat/grouplist/1").header("token", VISITOR_TOKEN).send().status());
        // below an entry but served by nobody: passing the auth shows as 404 rather than VISITOR_FORBIDDEN
        assertEquals(404, api.get("/api/chat/groupinfo/12/members").header("token", VISITOR_TOKEN).send().status());
        assertEquals("VISITOR_FORBIDDEN",
                api.post("/api/chat/blockX").header("token", VISITOR_TOKEN).send().code());
        assertEquals("VISITOR_FORBIDDEN",
                api.get("/api/chat/blocklistX").header("token", VISITOR_TOKEN).send().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/chat/logout/../setPassword", "/api/chat/logout/%2e%2e/setPassword",
        "/api/chat/logout/%2E%2E/setPassword", "/api/chat/logout%2F..%2FsetPassword",
        "/api/chat/logout/./../setPassword", "/api/chat/logout;/../setPassword", "//api//chat//setPassword"})
    void pathTricksDoNotLetAVisitorPastTheAllowList(String path) throws Exception {
        RestApiHarness.Reply reply = api.raw("POST", path, "token: " + VISITOR_TOKEN);

        assertEquals(404, reply.status(), reply.text());
        assertEquals("NOT_FOUND", reply.json().get("code").asText());
        verifyNoInteractions(api.changePassword);
    }

    @Test
    void publicPathsNeedNoToken() throws Exception {
        when(api.login.login(any())).thenReturn(Accounts.loggedIn(Accounts.alice()));

        assertEquals(200, api.post("/api/loginChat").json("{\"username\":\"alice\",\"password\":\"x\"}").send()
                .status());
        verifyNoInteractions(api.authenticate);
    }
}
