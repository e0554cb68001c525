package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GroupMemberCommand;
import io.parley.chat.application.port.in.KickMemberUseCase;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.GroupStorePort.Member;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;

/**
 * #27: the owner removes someone from the group. Unlike the seed (G-G4) the kicked user learns it, together with the
 * members who remain, from one notice in the group's conversation.
 */
final class KickMemberService implements KickMemberUseCase {
    private final LoadUserPort users;
    private final GroupStorePort groups;
    private final GroupNotices notices;

    KickMemberService(LoadUserPort users, GroupStorePort groups, GroupNotices notices) {
        this.users = users;
        this.groups = groups;
        this.notices = notices;
    }

    @Override
    public void kick(GroupMemberCommand command) {
        GroupRoster roster = GroupRoster.load(groups, command.group());
        UserId target = command.member();
        GroupPolicies.checkKick(roster.group(), command.actor(), target, roster.membership(target));
        User owner = Users.existing(users, command.actor());
        Member kicked = roster.row(target).orElseThrow();
        if (!groups.removeMember(command.group(), target)) {
            // someone else removed the row meanwhile (the member quit): nobody is kicked by this call
            throw new DomainException(ReasonCode.NOT_GROUP_MEMBER);
        }
        Group redrawn = GroupAvatars.refresh(groups, command.group());

        List<UserId> told = new ArrayList<>(roster.memberIds());
        told.remove(target);
        told.add(target);
        notices.toGroup(redrawn, roster.nameOf(owner), roster.avatarOf(owner),
                ChatText.GROUP_KICKED.text(Language.ZH, roster.nameOf(owner), kicked.displayName()), told);
    }
}
