package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetHistoryUseCase;
import io.parley.chat.application.port.in.HistoryPage;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * A page of a conversation, newest first. One-to-one: the caller is a participant by construction (the store is asked
 * for the conversation of the caller and the peer), so the only check is that the peer is someone. A group: a member
 * reads what was written since they joined, in a locked or dissolved group too (G-G8).
 */
final class GetHistoryService implements GetHistoryUseCase {
    private final LoadUserPort users;
    private final ConversationPort conversations;
    private final GroupStorePort groups;
    private final GroupMessageStorePort groupMessages;

    GetHistoryService(LoadUserPort users, ConversationPort conversations, GroupStorePort groups,
            GroupMessageStorePort groupMessages) {
        this.users = users;
        this.conversations = conversations;
        this.groups = groups;
        this.groupMessages = groupMessages;
    }

    @Override
    public HistoryPage history(HistoryQuery query) {
        // one more than asked tells whether an older page exists without counting the conversation
        int oneMore = query.limit() + 1;
        List<Message> rows;
        if (query.chatType() == ChatType.GROUP) {
            GroupId group = GroupRoster.existing(groups, GroupId.of(query.id())).id();
            Optional<GroupMember> mine = groups.membership(group, query.caller());
            GroupPolicies.checkHistoryRead(mine);
            rows = groupMessages.groupHistory(group, mine.get().joinedAt(), query.beforeSeq(), oneMore);
        } else {
            // any status: the history with someone disabled since is still mine to read
            UserId peer = Users.existing(users, UserId.of(query.id())).id();
            rows = conversations.history(query.caller(), peer, query.beforeSeq(), oneMore);
        }
        boolean hasMore = rows.size() > query.limit();
        return new HistoryPage(hasMore ? rows.subList(0, query.limit()) : rows, hasMore);
    }
}
