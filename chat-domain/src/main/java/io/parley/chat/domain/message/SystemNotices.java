package io.parley.chat.domain.message;

import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.user.User;
import java.time.Instant;

/** The messages the system itself sends (API.md d.6). */
public final class SystemNotices {
    /** The avatar of the system's messages (the seed's). */
    public static final String SYSTEM_AVATAR = "https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/kefu.png";
    /** The avatar of requests to join (the seed's). */
    public static final String REQUEST_AVATAR = "https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/group.png";
    /** Where the seed's client lists friend requests; N-1 sends it there. */
    static final String FRIEND_REQUESTS_PAGE = "/pages/applyMyfriend/applyMyfriend";

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
     * The notice shape {@code {"data":…,"dataType":false,"otherData":null}}, built by hand because the domain has no
     * JSON library; the text may hold a user's name, so it is escaped as RFC 8259 asks.
     */
    private static MessageData textNotice(String text) {
        return MessageData.json("{\"data\":" + jsonString(text) + ",\"dataType\":false,\"otherData\":null}");
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
