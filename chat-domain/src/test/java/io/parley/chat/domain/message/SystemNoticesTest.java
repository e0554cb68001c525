package io.parley.chat.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.JoinPolicy;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserMother;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    private static final Group GROUP = new Group(GroupId.of(7), "g-uuid", UserId.of(11), "周末 club",
            "https://a/1.png,https://a/2.png", "", JoinPolicy.OPEN, GroupStatus.ACTIVE, AT);

    @Test
    void aGroupNoticeSpeaksInTheGroupsConversationUnderTheNameItIsGiven() {
        Message message = SystemNotices.groupNotice(ID, GROUP, "Boss", "https://a/boss.png", "群名称修改为：x", AT)
                .toMessage(5, 3);

        assertTrue(message.isFromSystem());
        assertEquals("Boss", message.fromName());
        assertEquals("https://a/boss.png", message.fromAvatar());
        assertEquals(ChatType.GROUP, message.chatType());
        assertEquals(7, message.toId());
        assertEquals("周末 club", message.toName());
        assertEquals(GROUP.avatar(), message.toAvatar());
        assertEquals("systemNotice", message.type());
        assertEquals(MessageData.json("{\"data\":\"群名称修改为：x\",\"dataType\":false,\"otherData\":null}"),
                message.data());
        assertEquals("{}", message.options());
        assertNull(message.clientMessageId());
    }

    @Test
    void aJoinRequestReachesTheOwnerWithTheWayToTheApprovalPage() {
        User owner = UserMother.aRegisteredUser(11, "own_01");
        User joiner = UserMother.aRegisteredUser(12, "joe_01").withNickname("Joe D", AT);

        NoticeDraft draft = SystemNotices.joinRequested(ID, GROUP, owner, joiner, "Rita", "let me in", AT);
        Message message = draft.toMessage(4, 2);

        assertEquals(owner.id(), draft.conversationPeer());
        assertTrue(message.isFromSystem());
        assertEquals("加群处理", message.fromName());
        assertEquals(SystemNotices.REQUEST_AVATAR, message.fromAvatar());
        assertEquals(ChatType.SINGLE, message.chatType());
        assertEquals(11, message.toId());
        assertEquals("text", message.type());
        assertEquals(MessageData.json("{\"data\":\"请处理申请 [Rita]邀请 [Joe D] 加入了群[周末 club]\",\"dataType\":false,"
                + "\"otherData\":null}"), message.data());
        String key = "redirect-applyAddGroup7-12-" + AT.toEpochMilli();
        String desc = "{\"addGroupUserType\":\"邀请进群\",\"inviteUser\":\"Rita\",\"addGroupTime\":"
                + AT.toEpochMilli() + ",\"addGroupDesc\":\"let me in\",\"addGroupUserRole\":\"user\","
                + "\"msgidKey\":\"" + key + "\"}";
        String url = "/pages/setpageInfo/setpageInfo?action=applyAddGroup&title=%E5%8A%A0%E7%BE%A4%E7%94%B3%E8%AF%B7"
                + "&id=7&name=%E5%91%A8%E6%9C%AB%20club&avatar=https%3A%2F%2Fa%2F1.png%2Chttps%3A%2F%2Fa%2F2.png"
                + "&chatType=group&applyUserid=12&applyUsername=Joe%20D&applyUseruuid=" + joiner.uuid()
                + "&applyUseravatar=" + uriComponent(joiner.avatar()) + "&applydesc=" + uriComponent(desc);
        assertEquals("{\"redirect\":{\"url\":\"" + url + "\",\"type\":\"navigateTo\",\"desc\":" + desc
                + "},\"msgidKey\":\"" + key + "\"}", message.options());
    }

    /** As {@code encodeURIComponent} encodes these texts (spaces as %20). */
    private static String uriComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aSelfJoinRequestNamesNoInviter() {
        User owner = UserMother.aRegisteredUser(11, "own_01");
        User joiner = UserMother.aVisitor();

        Message message = SystemNotices.joinRequested(ID, GROUP, owner, joiner, null, "", AT).toMessage(4, 2);

        assertEquals(MessageData.json("{\"data\":\"请处理申请 [" + joiner.displayName()
                + "] 加入了群[周末 club]\",\"dataType\":false,\"otherData\":null}"), message.data());
        assertTrue(message.options().contains("\"addGroupUserType\":\"用户自主进群\",\"inviteUser\":\"\""),
                message.options());
        assertTrue(message.options().contains("\"addGroupUserRole\":\"visitor\""), message.options());
    }

    @Test
    void aRejectedJoinerHearsFromTheSystemNamingTheGroup() {
        User joiner = UserMother.aRegisteredUser(12, "joe_01");

        NoticeDraft draft = SystemNotices.joinRejected(ID, GROUP, joiner, AT);
        Message message = draft.toMessage(4, 1);

        assertEquals(joiner.id(), draft.conversationPeer());
        assertTrue(message.isFromSystem());
        assertEquals("系统消息", message.fromName());
        assertEquals(12, message.toId());
        assertEquals("systemNotice", message.type());
        assertEquals(MessageData.json("{\"data\":\"群主拒绝了你的加群申请[周末 club]\",\"dataType\":false,"
                + "\"otherData\":null}"), message.data());
    }
}
