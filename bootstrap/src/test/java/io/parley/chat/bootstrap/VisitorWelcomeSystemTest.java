package io.parley.chat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.chat.bootstrap.HttpJson.Answer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** N-0 against the real server: a new visitor finds the system's welcome waiting when it first connects. */
class VisitorWelcomeSystemTest {
    private static TestServer server;
    private static HttpJson http;

    @BeforeAll
    static void start() {
        server = TestServer.embedded();
        http = new HttpJson(server.httpBase());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Answer registerVisitor(String device) {
        long now = System.currentTimeMillis();
        Answer visitor = http.post("/api/visitorRegister", Visitors.body(device, now, Map.of("uniplatform", "web")),
                Visitors.signatureHeader(device, now));
        assertTrue(visitor.ok(), visitor.toString());
        return visitor;
    }

    @Test
    void aNewVisitorReceivesTheWelcomeOnceOnConnecting() throws Exception {
        String device = Visitors.newDeviceId();
        Answer visitor = registerVisitor(device);
        long visitorId = visitor.data().path("id").asLong();

        try (WsClient socket = WsClient.connect(server.wsBase(), visitor.data().path("token").asText())) {
            JsonNode message = socket.nextOfType("singleChat").path("data");
            assertEquals(0, message.path("from_id").asLong());
            assertEquals("系统消息", message.path("from_name").asText());
            assertEquals("https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/kefu.png",
                    message.path("from_avatar").asText());
            assertEquals(visitorId, message.path("to_id").asLong());
            assertEquals("single", message.path("chatType").asText());
            assertEquals("text", message.path("type").asText());
            assertEquals("欢迎您，登录可以获取更多功能！", message.path("data").path("data").asText());
            assertEquals(1, message.path("seq").asLong());
            assertNull(socket.pollOfType("singleChat", 300), "one welcome");
        }

        Answer again = registerVisitor(device);
        assertEquals(visitorId, again.data().path("id").asLong());
        try (WsClient socket = WsClient.connect(server.wsBase(), again.data().path("token").asText())) {
            socket.nextOfType("system");
            assertNull(socket.pollOfType("singleChat", 300), "delivered before, and not greeted twice");
        }
    }
}
