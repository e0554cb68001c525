package io.parley.chat.application.service;

import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.message.NoticeDraft;
import io.parley.chat.domain.message.SystemNotices;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The notices of a group's life (API.md d.4 N-3 … N-5, and the kick, mute and rejection notices of j.9): a group
 * notice is one message of the group's conversation with one inbox entry per recipient, written as one batch, then
 * pushed to each; a notice to one user (N-4b, a rejection) is a one-to-one notice from the system. They come after
 * the change they announce was committed: a notice that cannot be stored must not turn an action that succeeded into
 * a failure the client would retry, so it is logged and the caller carries on.
 */
final class GroupNotices {
    private static final System.Logger LOG = System.getLogger(GroupNotices.class.getName());
    /** The seed printed the server's local time; Parley fixes the shape (API.md d.4 N-5). */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final GroupMessageStorePort groupMessages;
    private final MessageStorePort messages;
    private final IdGeneratorPort ids;
    private final ClockPort clock;
    private final Delivery delivery;

    GroupNotices(GroupMessageStorePort groupMessages, MessageStorePort messages, IdGeneratorPort ids,
            ClockPort clock, Delivery delivery) {
        this.groupMessages = groupMessages;
        this.messages = messages;
        this.ids = ids;
        this.clock = clock;
        this.delivery = delivery;
    }

    /** A notice in the group's conversation, in the words of {@code fromName}, to exactly these recipients. */
    void toGroup(Group group, String fromName, String fromAvatar, String text, Collection<UserId> recipients) {
        List<UserId> to = List.copyOf(recipients);
        try {
            Message stored = groupMessages.appendGroup(SystemNotices.groupNotice(new MessageId(ids.newUuid()), group,
                    fromName, fromAvatar, text, clock.now()), to).message();
            to.forEach(recipient -> delivery.deliver(recipient, stored));
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "could not notify " + to.size() + " members of group " + group.id(),
                    failed);
        }
    }

    /** A one-to-one notice from the system to one user, made with its id and the time now. */
    void toUser(User recipient, BiFunction<MessageId, Instant, NoticeDraft> notice) {
        try {
            Message stored = messages.appendNotice(notice.apply(new MessageId(ids.newUuid()), clock.now()));
            delivery.deliver(recipient.id(), stored);
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "could not notify user " + recipient.id() + " about a group",
                    failed);
        }
    }

    /** Now, as the server's local date and time: how N-5 says when. */
    String localNow() {
        return LOCAL_TIME.format(clock.now().atZone(ZoneId.systemDefault()));
    }
}
