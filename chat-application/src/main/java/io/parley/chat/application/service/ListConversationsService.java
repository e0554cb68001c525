package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ConversationView;
import io.parley.chat.application.port.in.ListConversationsUseCase;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.ConversationPort.ConversationEntry;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.GroupMessageStorePort.GroupConversationEntry;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.sending.DisplayNames;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * My conversations as my list shows them, one-to-one and group, most recent first: each peer under the name I gave
 * them (my remark, else their nickname, else their username) with their current avatar; each group under its current
 * name and mosaic.
 *
 * <p>Two reads per conversation (the peer, my contact entry for them): {@link LoadUserPort} and
 * {@link FriendshipPort} read one row at a time. A port method reading many at once would make this one query each.
 */
final class ListConversationsService implements ListConversationsUseCase {
    private final ConversationPort conversations;
    private final LoadUserPort users;
    private final FriendshipPort friendships;
    private final GroupStorePort groups;
    private final GroupMessageStorePort groupMessages;

    ListConversationsService(ConversationPort conversations, LoadUserPort users, FriendshipPort friendships,
            GroupStorePort groups, GroupMessageStorePort groupMessages) {
        this.conversations = conversations;
        this.users = users;
        this.friendships = friendships;
        this.groups = groups;
        this.groupMessages = groupMessages;
    }

    @Override
    public List<ConversationView> conversations(UserId me) {
        List<ConversationView> all = new ArrayList<>();
        conversations.conversationsOf(me).forEach(entry -> all.add(view(me, entry)));
        groupMessages.groupConversationsOf(me).forEach(entry -> all.add(view(entry)));
        // a stable sort: each store's own order stands among conversations of the same moment
        all.sort(Comparator.comparing(ConversationView::updatedAt).reversed());
        return List.copyOf(all);
    }

    private ConversationView view(GroupConversationEntry entry) {
        Optional<Group> group = groups.byId(entry.group());
        // a group's row never goes (dissolving keeps it); should it be gone anyway, its last message still names it
        String name = group.map(Group::name).orElse(entry.lastMessage().toName());
        String avatar = group.map(Group::avatar).orElse(entry.lastMessage().toAvatar());
        return new ConversationView(ChatType.GROUP, entry.group().value(), name, avatar, entry.lastMessage(),
                entry.unread(), entry.updatedAt());
    }

    private ConversationView view(UserId me, ConversationEntry entry) {
        UserId peer = entry.peer();
        Optional<User> peerUser = users.byId(peer);
        String name;
        String avatar;
        if (peerUser.isPresent()) {
            name = DisplayNames.of(peerUser.get(), friendships.entry(me, peer));
            avatar = peerUser.get().avatar();
        } else {
            // the peer's row is gone (removed by hand): the conversation stays, under the names it last carried
            Message last = entry.lastMessage();
            boolean fromPeer = last.fromId() == peer.value();
            name = fromPeer ? last.fromName() : last.toName();
            avatar = fromPeer ? last.fromAvatar() : last.toAvatar();
        }
        return new ConversationView(ChatType.SINGLE, peer.value(), name, avatar, entry.lastMessage(), entry.unread(),
                entry.updatedAt());
    }
}
