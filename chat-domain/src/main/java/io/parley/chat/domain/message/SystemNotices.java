package io.parley.chat.domain.message;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.JsonString;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.user.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The messages the system itself sends (API.md d.4, d.6). */
public final class SystemNotices {
    /** The avatar of the system's messages (the seed's). */
    public static final String SYSTEM_AVATAR = "https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/kefu.png";
    /** The avatar of requests to join (the seed's). */
    public static final String REQUEST_AVATAR = "https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/group.png";
    /** Where the seed's client lists friend requests; N-1 sends it there. */
    static final String FRIEND_REQUESTS_PAGE = "/pages/applyMyfriend/applyMyfriend";
    /** Where the seed's client lets the owner decide a request to join; N-4b sends them there. */
    static final String JOIN_REQUEST_PAGE = "/pages/setpageInfo/setpageInfo";

    private SystemNotices() {
    }

    /**
     * N-0: a new visitor's greeting. In Chinese, as the original clients show it whatever the request's language:
     * the message is stored and may be read later under another one.
     */
    public static NoticeDraft visitorWelcome(MessageId id, User visitor, Instant at) {
        return new NoticeDraft(id, null, ChatText.SYSTEM_SENDER_NAME.text(Language.ZH), SYSTEM_AVATAR, visitor, "text",
                textNotice(ChatText.VISITOR_WELCOME.text(Language.ZH)), "{}", at);
    }

    /**
     * N-1: the target of a friend request hears of it from the system, with the way to the requests page in
     * {@code options.redirect} (the seed put it beside the message; Parley's messages keep client extras in
     * {@code options}).
     */
    public static NoticeDraft friendRequestReceived(MessageId id, User applicant, User target, Instant at) {
        return new NoticeDraft(id, null, ChatText.FRIEND_REQUEST_SENDER_NAME.text(Language.ZH), REQUEST_AVATAR,
                target, "text", textNotice(ChatText.FRIEND_REQUEST_RECEIVED.text(Language.ZH,
                        applicant.displayName())),
                "{\"redirect\":{\"url\":\"" + FRIEND_REQUESTS_PAGE + "\",\"type\":\"navigateTo\"},"
                        + "\"applicant_id\":" + applicant.id().value() + "}", at);
    }

    /**
     * N-2: one of the two new friends hears "we are friends now" from the other, in their conversation.
     *
     * @param fromName how the recipient sees the sender: the remark they gave them, else the display name
     */
    public static NoticeDraft nowFriends(MessageId id, User from, String fromName, User to, Instant at) {
        return new NoticeDraft(id, from, fromName, from.avatar(), to, "systemNotice",
                textNotice(ChatText.NOW_FRIENDS.text(Language.ZH)), "{}", at);
    }

    /** The applicant hears from the system that the target declined (API.md j.9). */
    public static NoticeDraft friendRequestRefused(MessageId id, User refuser, User applicant, Instant at) {
        return new NoticeDraft(id, null, ChatText.SYSTEM_SENDER_NAME.text(Language.ZH), SYSTEM_AVATAR, applicant,
                "systemNotice", textNotice(ChatText.FRIEND_REQUEST_REFUSED.text(Language.ZH,
                        refuser.displayName())), "{}", at);
    }

    /**
     * N-3 … N-5, kick and mute: a notice of the group's life, in the group's conversation, in Chinese (see
     * {@link #visitorWelcome}).
     *
     * @param fromName whose words they are: the acting member's name in the group, or the system's notice name
     */
    public static GroupMessageDraft groupNotice(MessageId id, Group group, String fromName, String fromAvatar,
            String text, Instant at) {
        return new GroupMessageDraft(id, null, fromName, fromAvatar, group, "systemNotice", textNotice(text), "{}",
                null, at);
    }

    /**
     * N-4b: the owner of a group that wants approval hears from the system that someone asks to join, as a
     * one-to-one message with the way to the approval page in {@code options.redirect} and what the seed's client
     * shows there in {@code redirect.desc} (API.md f.3 step 8).
     *
     * @param inviterName the name in the group of the member who invited, or {@code null} for a self-join
     * @param description the joiner's words to the owner ({@code addGroupDesc}), empty for none
     */
    public static NoticeDraft joinRequested(MessageId id, Group group, User owner, User joiner, String inviterName,
            String description, Instant at) {
        String inviterPrefix = inviterName == null ? "" : ChatText.GROUP_INVITED_BY.text(Language.ZH, inviterName);
        // the seed's client finds the notice again by this key
        String key = "redirect-applyAddGroup" + group.id() + "-" + joiner.id() + "-" + at.toEpochMilli();
        String desc = joinRequestDesc(joiner, inviterName, description, key, at);
        String options = "{\"redirect\":{\"url\":" + JsonString.quoted(approvalPage(group, joiner, desc))
                + ",\"type\":\"navigateTo\",\"desc\":" + desc + "},\"msgidKey\":" + JsonString.quoted(key) + "}";
        return new NoticeDraft(id, null, ChatText.GROUP_JOIN_SENDER_NAME.text(Language.ZH), REQUEST_AVATAR, owner,
                "text", textNotice(ChatText.GROUP_JOIN_REQUEST.text(Language.ZH, inviterPrefix, joiner.displayName(),
                        group.name())), options, at);
    }

    /** What the approval page shows of the request, as the seed's {@code redirect.desc}. */
    private static String joinRequestDesc(User joiner, String inviterName, String description, String key,
            Instant at) {
        return "{\"addGroupUserType\":" + JsonString.quoted(inviterName == null ? "用户自主进群" : "邀请进群")
                + ",\"inviteUser\":" + JsonString.quoted(inviterName == null ? "" : inviterName)
                + ",\"addGroupTime\":" + at.toEpochMilli()
                + ",\"addGroupDesc\":" + JsonString.quoted(description)
                + ",\"addGroupUserRole\":" + JsonString.quoted(joiner.role().wireName())
                + ",\"msgidKey\":" + JsonString.quoted(key) + "}";
    }

    /** The approval page with the group, the joiner and the request in its query, as the seed's client reads it. */
    private static String approvalPage(Group group, User joiner, String desc) {
        return JOIN_REQUEST_PAGE + "?action=applyAddGroup&title=" + uriComponent("加群申请")
                + "&id=" + group.id() + "&name=" + uriComponent(group.name())
                + "&avatar=" + uriComponent(group.avatar()) + "&chatType=group"
                + "&applyUserid=" + joiner.id() + "&applyUsername=" + uriComponent(joiner.displayName())
                + "&applyUseruuid=" + joiner.uuid() + "&applyUseravatar=" + uriComponent(joiner.avatar())
                + "&applydesc=" + uriComponent(desc);
    }

    /** The owner of the group turned the joiner away (#29, API.md j.9): the system tells the joiner. */
    public static NoticeDraft joinRejected(MessageId id, Group group, User joiner, Instant at) {
        return new NoticeDraft(id, null, ChatText.SYSTEM_SENDER_NAME.text(Language.ZH), SYSTEM_AVATAR, joiner,
                "systemNotice", textNotice(ChatText.GROUP_JOIN_REJECTED.text(Language.ZH, group.name())), "{}", at);
    }

    /** As the seed's {@code encodeURIComponent}: spaces as {@code %20}, not as {@code +}. */
    private static String uriComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The notice shape {@code {"data":…,"dataType":false,"otherData":null}}, built by hand because the domain has no
     * JSON library; the text may hold a user's name, so it is escaped as RFC 8259 asks.
     */
    private static MessageData textNotice(String text) {
        return MessageData.json("{\"data\":" + JsonString.quoted(text) + ",\"dataType\":false,\"otherData\":null}");
    }
}
