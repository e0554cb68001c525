package io.parley.chat.application.service;

import io.parley.chat.application.port.in.CreateGroupCommand;
import io.parley.chat.application.port.in.CreateGroupUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.FriendshipPort.Contact;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.GroupStorePort.NewGroup;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupAppearance;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * #22: the owner and those of the named contact entries that are the owner's own, usable contacts. Entries of other
 * users are not the caller's to use (G-G3): they are left out like blocked or disabled contacts, and with nobody left
 * the answer is {@code NOT_FRIENDS}.
 */
final class CreateGroupService implements CreateGroupUseCase {
    private final LoadUserPort users;
    private final FriendshipPort friendships;
    private final GroupStorePort groups;
    private final IdGeneratorPort ids;
    private final ClockPort clock;
    private final GroupNotices notices;
    private final int maxMembers;

    CreateGroupService(LoadUserPort users, FriendshipPort friendships, GroupStorePort groups, IdGeneratorPort ids,
            ClockPort clock, GroupNotices notices, int maxMembers) {
        this.users = users;
        this.friendships = friendships;
        this.groups = groups;
        this.ids = ids;
        this.clock = clock;
        this.notices = notices;
        this.maxMembers = maxMembers;
    }

    @Override
    public GroupId create(CreateGroupCommand command) {
        User owner = Users.existing(users, command.owner());
        List<User> friends = chosenContacts(owner.id(), command.contactEntryIds());
        if (friends.isEmpty()) {
            throw new DomainException(ReasonCode.NOT_FRIENDS);
        }
        List<User> members = Stream.concat(Stream.of(owner), friends.stream()).toList();
        GroupPolicies.checkRoom(members.size(), maxMembers);

        Group group = groups.create(new NewGroup(ids.newUuid(), owner.id(),
                GroupAppearance.nameFrom(members.stream().map(User::displayName).toList()),
                GroupAppearance.avatarFrom(members.stream().map(User::avatar).toList()), clock.now()),
                members.stream().map(User::id).toList());

        notices.toGroup(group, owner.displayName(), owner.avatar(),
                ChatText.GROUP_CREATED.text(Language.ZH, owner.displayName()),
                members.stream().map(User::id).toList());
        return group.id();
    }

    /** The friends behind my entries among those named, in the order I made the entries, each once. */
    private List<User> chosenContacts(UserId owner, List<Long> entryIds) {
        Set<Long> named = new HashSet<>(entryIds);
        Set<UserId> seen = new HashSet<>();
        List<User> chosen = new ArrayList<>();
        for (Contact contact : friendships.contactsOf(owner)) {
            User friend = contact.friend();
            // a note-to-self entry would list the owner twice
            if (named.contains(contact.entry().id()) && !contact.blocked() && !friend.id().equals(owner)
                    && seen.add(friend.id())) {
                chosen.add(friend);
            }
        }
        return chosen;
    }
}
