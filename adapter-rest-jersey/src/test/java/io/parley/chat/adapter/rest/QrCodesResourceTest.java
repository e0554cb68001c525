package io.parley.chat.adapter.rest;

import static io.parley.chat.adapter.rest.Groups.ALICE;
import static io.parley.chat.adapter.rest.RestApiHarness.USER_TOKEN;
import static io.parley.chat.adapter.rest.RestApiHarness.VISITOR_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.parley.chat.application.port.in.QrCodeQuery;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** #33 and {@code userQrcode}: a PNG that scans to exactly the core's text; refusals in the JSON envelope. */
class QrCodesResourceTest {
    private static final UserId VISITOR = UserId.of(9);
    private static final String H5_ORIGIN = "http://192.168.2.6:8081";
    private static final String GROUP_H5 = H5_ORIGIN + "#/pages/setpageInfo/setpageInfo?action=autoAddGroup"
            + "&title=%E7%BE%A4%E4%BB%8B%E7%BB%8D&id=12&chatType=group";
    private static final String GROUP_JSON = "{\"id\":12,\"name\":\"周末爬山\"}";
    private static final String USER_JSON = "{\"type\":\"user\",\"uuid\":\"6f1c2a1e-1111-4222-8333-944455556666\","
            + "\"name\":\"小明\"}";

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
    void groupQrcodeIsAPngOfTheH5LinkWithTheTokenInTheQuery() throws Exception {
        when(api.groupQrText.groupQrText(any())).thenReturn(GROUP_H5);

        RestApiHarness.BinaryReply reply = api.get("/api/chat/groupQrcode/12?token=" + USER_TOKEN
                + "&type=H5&http=http%3A%2F%2F192.168.2.6%3A8081&chatType=group").sendForBytes();

        assertEquals(200, reply.status());
        assertEquals("image/png", reply.header("Content-Type"));
        assertEquals("no-store", reply.header("Cache-Control"));
        assertEquals(GROUP_H5, QrCodes.decode(reply.body()).getText());
        verify(api.groupQrText).groupQrText(new QrCodeQuery(ALICE, 12, "H5", H5_ORIGIN, "group"));
    }

    @Test
    void groupQrcodeCarriesAChineseGroupNameIntact() throws Exception {
        when(api.groupQrText.groupQrText(any())).thenReturn(GROUP_JSON);

        RestApiHarness.BinaryReply reply = api.get("/api/chat/groupQrcode/12").header("token", VISITOR_TOKEN)
                .sendForBytes();

        assertEquals(200, reply.status());
        assertEquals(GROUP_JSON, QrCodes.decode(reply.body()).getText());
        verify(api.groupQrText).groupQrText(new QrCodeQuery(VISITOR, 12, null, null, null));
    }

    @Test
    void userQrcodeIsAPngOfMyCode() throws Exception {
        when(api.userQrText.userQrText(any())).thenReturn(USER_JSON);

        RestApiHarness.BinaryReply reply = api.get("/api/chat/userQrcode?token=" + VISITOR_TOKEN).sendForBytes();

        assertEquals(200, reply.status());
        assertEquals("image/png", reply.header("Content-Type"));
        assertEquals(USER_JSON, QrCodes.decode(reply.body()).getText());
        verify(api.userQrText).userQrText(new QrCodeQuery(VISITOR, 0, null, null, null));
    }

    @Test
    void userQrcodePassesTheFormItIsAskedFor() throws Exception {
        when(api.userQrText.userQrText(any())).thenReturn("x");

        api.get("/api/chat/userQrcode?type=H5&http=" + H5_ORIGIN).header("token", USER_TOKEN).sendForBytes();

        verify(api.userQrText).userQrText(new QrCodeQuery(ALICE, 0, "H5", H5_ORIGIN, null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NOT_GROUP_MEMBER", "GROUP_NOT_FOUND", "GROUP_DISSOLVED"})
    void aRefusedGroupQrcodeAnswersTheJsonEnvelope(String code) throws Exception {
        when(api.groupQrText.groupQrText(any())).thenThrow(new DomainException(ReasonCode.valueOf(code)));

        RestApiHarness.Reply reply = api.get("/api/chat/groupQrcode/12?token=" + USER_TOKEN).send();

        assertEquals(400, reply.status(), reply.text());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals("fail", reply.json().get("msg").asText());
        assertEquals(code, reply.code());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "x", "-3", "1.5"})
    void groupQrcodeOfAnIdThatIsNoGroupIdIs422(String id) throws Exception {
        RestApiHarness.Reply reply = api.get("/api/chat/groupQrcode/" + id).header("token", USER_TOKEN).send();

        assertEquals(422, reply.status(), reply.text());
        assertEquals("id", reply.field());
        verifyNoInteractions(api.groupQrText);
    }

    @Test
    void bothCodesNeedAToken() throws Exception {
        assertEquals("TOKEN_MISSING", api.get("/api/chat/groupQrcode/12").send().code());
        assertEquals("TOKEN_MISSING", api.get("/api/chat/userQrcode").send().code());
        verifyNoInteractions(api.groupQrText, api.userQrText);
    }
}
