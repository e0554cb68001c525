package io.parley.chat.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
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

    @Test
    void aFriendRequestReachesItsTargetFromTheSystemWithTheWayToTheRequestsPage() {
        User applicant = UserMother.aRegisteredUser(11, "ann_01").withNickname("Ann", AT);
        User target = UserMother.aRegisteredUser(12, "ben_01");

        NoticeDraft draft = SystemNotices.friendRequestReceived(ID, applicant, target, AT);
        Message message = draft.toMessage(3, 4);

        assertEquals(target.id(), draft.conversationPeer(), "the system's notices sit in the recipient's own chat");
        assertTrue(message.isFromSystem());
        assertEquals("好友申请提醒", message.fromName());
        assertEquals(SystemNotices.REQUEST_AVATAR, message.fromAvatar());
        assertEquals(target.id().value(), message.toId());
        assertEquals("text", message.type());
        assertEquals(MessageData.json("{\"data\":\"用户[Ann]申请添加您为好友，请尽快处理\",\"dataType\":false,"
                + "\"otherData\":null}"), message.data());
        assertEquals("{\"redirect\":{\"url\":\"/pages/applyMyfriend/applyMyfriend\",\"type\":\"navigateTo\"},"
                + "\"applicant_id\":11}", message.options());
    }

    @Test
    void escapeANameThatWouldBreakTheNoticesJson() {
        User applicant = UserMother.aRegisteredUser(11, "ann_01").withNickname("A\"n\\n\nx\ty\u0001", AT);
        User target = UserMother.aRegisteredUser(12, "ben_01");

        Message message = SystemNotices.friendRequestReceived(ID, applicant, target, AT).toMessage(3, 4);

        assertEquals("{\"data\":\"用户[A\\\"n\\\\n\\nx\\ty\\u0001]申请添加您为好友，请尽快处理\","
                + "\"dataType\":false,\"otherData\":null}", message.data().value());
    }

    @Test
    void newFriendsHearEachOtherInTheirOwnConversation() {
        User ann = UserMother.aRegisteredUser(11, "ann_01").withNickname("Ann", AT);
        User ben = UserMother.aRegisteredUser(12, "ben_01");

        NoticeDraft draft = SystemNotices.nowFriends(ID, ann, "my \"Annie\"", ben, AT);
        Message message = draft.toMessage(8, 1);

        assertEquals(ann.id(), draft.conversationPeer());
        assertFalse(message.isFromSystem());
        assertEquals(11, message.fromId());
        assertEquals("my \"Annie\"", message.fromName());
        assertEquals(ann.avatar(), message.fromAvatar());
        assertEquals(ann.uuid(), message.senderUuid());
        assertEquals(ben.id().value(), message.toId());
        assertEquals("systemNotice", message.type());
        assertEquals(MessageData.json("{\"data\":\"我们已经是好友了，可以开始聊天了\",\"dataType\":false,\"otherData\":null}"),
                message.data());
    }

    @Test
    void aRefusalReachesTheApplicantFromTheSystemNamingWhoDeclined() {
        User ben = UserMother.aRegisteredUser(12, "ben_01");
        User ann = UserMother.aRegisteredUser(11, "ann_01");

        NoticeDraft draft = SystemNotices.friendRequestRefused(ID, ben, ann, AT);
        Message message = draft.toMessage(2, 9);

        assertEquals(ann.id(), draft.conversationPeer());
        assertTrue(message.isFromSystem());
        assertEquals("系统消息", message.fromName());
        assertEquals(UserId.of(11).value(), message.toId());
        assertEquals("systemNotice", message.type());
        assertEquals(MessageData.json("{\"data\":\"ben_01拒绝了你的好友申请\",\"dataType\":false,\"otherData\":null}"),
                message.data());
    }
}
