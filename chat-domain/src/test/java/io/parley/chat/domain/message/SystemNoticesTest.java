package io.parley.chat.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserMother;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemNoticesTest {
    private static final MessageId ID = new MessageId("0b7e8d1a-344c-4f2a-9c3d-1234567890ab");
    private static final Instant AT = Instant.parse("2024-03-01T09:00:00Z");

    @Test
    void aVisitorsWelcomeComesFromTheSystemInChinese() {
        User visitor = UserMother.aVisitor();

        Message message = SystemNotices.visitorWelcome(ID, visitor, AT).toMessage(7, 1);

        assertEquals(ID, message.id());
        assertEquals(7, message.conversationId());
        assertEquals(1, message.seq());
        assertTrue(message.isFromSystem());
        assertEquals("系统消息", message.fromName());
        assertEquals("https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/kefu.png", message.fromAvatar());
        assertEquals("", message.senderUuid());
        assertEquals(visitor.id().value(), message.toId());
        assertEquals(visitor.displayName(), message.toName());
        assertEquals(visitor.avatar(), message.toAvatar());
        assertEquals(ChatType.SINGLE, message.chatType());
        assertEquals("text", message.type());
        assertEquals(MessageData.json("{\"data\":\"欢迎您，登录可以获取更多功能！\",\"dataType\":false,\"otherData\":null}"),
                message.data());
        assertEquals("{}", message.options());
        assertNull(message.clientMessageId());
        assertEquals(AT, message.createTime());
        assertFalse(message.recalled());
    }
}
