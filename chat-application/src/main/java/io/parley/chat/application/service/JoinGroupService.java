package io.parley.chat.application.service;

import io.parley.chat.application.port.in.JoinGroupCommand;
import io.parley.chat.application.port.in.JoinGroupUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.group.JoinRequest;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.message.SystemNotices;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * #30: the domain decides from the caller, the joiner and the group whether the joiner is in at once or waits for the
 * owner; the store then adds the row under the group's lock, where the member limit and a row added meanwhile are
 * checked again. In at once: every member, the newcomer too, hears N-4 and the mosaic is redrawn. Waiting: the owner
 * gets N-4b, a one-to-one notice with the way to the approval page.
 */
final class JoinGroupService implements JoinGroupUseCase {
    private final LoadUserPort users;
    private final GroupStorePort groups;
    private final ClockPort clock;
    private final GroupNotices notices;
    private final int maxMembers;

    JoinGroupService(LoadUserPort users, GroupStorePort groups, ClockPort clock, GroupNotices notices,
            int maxMembers) {
        this.users = users;
        this.groups = groups;
        this.clock = clock;
        this.notices = notices;
        this.maxMembers = maxMembers;
    }

    @Override
    public MemberStatus join(JoinGroupCommand command) {
        User caller = Users.existing(users, command.caller());
        GroupRoster roster = GroupRoster.load(groups, command.group());
        Optional<User> joiner = users.byId(command.joiner());
        MemberStatus status = GroupPolicies.admit(new JoinRequest(roster.group(), caller,
                roster.membership(caller.id()), joiner, roster.membership(command.joiner()), command.inviterId(),
                groups.countMembers(command.group()), maxMembers));
        User newcomer = joiner.orElseThrow();
        groups.addMember(new GroupMember(command.group(), newcomer.id(), "", "", status, clock.now()), maxMembers);

        // the domain let someone else in only as an inviting member: then the notices name them
        String inviterName = newcomer.id().equals(caller.id()) ? null : roster.nameOf(caller);
        if (status == MemberStatus.ACTIVE) {
            announceNewcomer(roster, newcomer, inviterName);
        } else {
            askTheOwner(roster.group(), newcomer, inviterName, command.description());
        }
        return status;
    }

    private void announceNewcomer(GroupRoster roster, User newcomer, String inviterName) {
        Group redrawn = GroupAvatars.refresh(groups, roster.group().id());
        String inviterPrefix = inviterName == null ? "" : ChatText.GROUP_INVITED_BY.text(Language.ZH, inviterName);
        List<UserId> members = new ArrayList<>(roster.memberIds());
        members.add(newcomer.id());
        notices.toGroup(redrawn, ChatText.GROUP_JOINED_SENDER_NAME.text(Language.ZH), SystemNotices.REQUEST_AVATAR,
                ChatText.GROUP_JOINED.text(Language.ZH, inviterPrefix, newcomer.displayName()), members);
    }

    private void askTheOwner(Group group, User newcomer, String inviterName, String description) {
        // an owner whose account is gone cannot be asked; the request waits in the group all the same
        users.byId(group.owner()).ifPresent(owner -> notices.toUser(owner, (id, at) ->
                SystemNotices.joinRequested(id, group, owner, newcomer, inviterName, description, at)));
    }
}
