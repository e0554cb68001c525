package io.parley.chat.domain.message;

import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.user.User;
import java.time.Instant;

/** The messages the system itself sends (API.md d.6). */
public final class SystemNotices {
    /** The avatar of the system's messages (the seed's). */
    public static final String SYSTEM_AVATAR = "https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/kefu.png";

    private SystemNotices() {
    }

    /**
     * N-0: a new visitor's greeting. In Chinese, as the original clients show it whatever the request's language:
     * the message is stored and may be read later under another one.
     */
    public static NoticeDraft visitorWelcome(MessageId id, User visitor, Instant at) {
        return new NoticeDraft(id, ChatText.SYSTEM_SENDER_NAME.text(Language.ZH), SYSTEM_AVATAR, visitor, "text",
                textNotice(ChatText.VISITOR_WELCOME.text(Language.ZH)), "{}", at);
    }

    /**
     * The notice shape {@code {"data":…,"dataType":false,"otherData":null}}, built by concatenation because the domain
     * has no JSON library. Only for texts of our own bundles, which contain no quote, backslash or control character
     * (the domain test checks the ones used here), so the text needs no escaping.
     */
    private static MessageData textNotice(String text) {
        if (text.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20)) {
            throw new IllegalArgumentException("a notice text would need JSON escaping: " + text);
        }
        return MessageData.json("{\"data\":\"" + text + "\",\"dataType\":false,\"otherData\":null}");
    }
}
