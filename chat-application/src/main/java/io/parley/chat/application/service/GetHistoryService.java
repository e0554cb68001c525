package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetHistoryUseCase;
import io.parley.chat.application.port.in.HistoryPage;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import java.util.List;

/**
 * A page of the caller's conversation with a peer, newest first. The caller is a participant by construction (the
 * store is asked for the conversation of the caller and the peer), so the only check is that the peer is someone.
 */
final class GetHistoryService implements GetHistoryUseCase {
    private final LoadUserPort users;
    private final ConversationPort conversations;

    GetHistoryService(LoadUserPort users, ConversationPort conversations) {
        this.users = users;
        this.conversations = conversations;
    }

    @Override
    public HistoryPage history(HistoryQuery query) {
        if (query.chatType() == ChatType.GROUP) {
            throw new DomainException(ReasonCode.NOT_SUPPORTED);
        }
        // any status: the history with someone disabled since is still mine to read
        UserId peer = Users.existing(users, UserId.of(query.id())).id();
        // one more than asked tells whether an older page exists without counting the conversation
        List<Message> rows = conversations.history(query.caller(), peer, query.beforeSeq(), query.limit() + 1);
        boolean hasMore = rows.size() > query.limit();
        return new HistoryPage(hasMore ? rows.subList(0, query.limit()) : rows, hasMore);
    }
}
