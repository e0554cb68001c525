package io.parley.chat.application.port.out;

import io.parley.chat.application.port.out.MessageStorePort.Stored;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.message.GroupMessageDraft;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Group conversations: one per group, with its {@code seq} counter; a message is one row plus one inbox entry per
 * recipient (the same inbox as one-to-one messages, so delivery, ack and #21 work alike).
 */
public interface GroupMessageStorePort {
    /**
     * Appends a group message in ONE transaction, serialised with every other append to the group's conversation:
     * a draft whose client message id this sender used before returns that stored message ({@code repeated}, nothing
     * written); otherwise the message takes the next {@code seq} (strictly increasing, no gaps) and every recipient
     * gets an inbox entry, written as one batch, not one statement per member.
     */
    Stored appendGroup(GroupMessageDraft draft, Collection<UserId> recipients);

    /**
     * The group's messages a member may read: created at or after {@code since} (when they joined), newest first,
     * with {@code seq < beforeSeq} when given, at most {@code limit}. Recalled ones as stored.
     */
    List<Message> groupHistory(GroupId group, Instant since, Long beforeSeq, int limit);

    /** The groups whose conversations the user is in, with the last message and the user's unread count. */
    List<GroupConversationEntry> groupConversationsOf(UserId me);

    /**
     * Moves my read pointer in the group's conversation forward to {@code seq} (never backward, never past the last
     * message).
     *
     * @return the pointer after the call; empty when the group has no conversation
     */
    Optional<Long> markGroupRead(UserId me, GroupId group, long seq);

    /**
     * #37 in a group: marks the group's message recalled and drops its content, and gives each of the recipients an
     * inbox entry for it again unless one is still waiting, so that the recall reaches those who had the message
     * already — one transaction. A message recalled before is returned as it is, nothing written.
     *
     * @return the message as stored now; empty when there is no such message of a group
     */
    Optional<Message> recallGroup(MessageId id, Instant at, Collection<UserId> recipients);

    /**
     * One group in my conversation list.
     *
     * @param unread messages after my read pointer that are not mine
     */
    record GroupConversationEntry(GroupId group, Message lastMessage, long unread, Instant updatedAt) {
        public GroupConversationEntry {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(lastMessage, "lastMessage");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }
}
