package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GroupMemberCommand;
import io.parley.chat.application.port.in.MuteMemberUseCase;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

/** {@code groupMuteUser} (API.md j.9): the owner mutes or unmutes a member, and the group hears it from the owner. */
final class MuteMemberService implements MuteMemberUseCase {
    private final LoadUserPort users;
    private final GroupStorePort groups;
    private final GroupNotices notices;

    MuteMemberService(LoadUserPort users, GroupStorePort groups, GroupNotices notices) {
        this.users = users;
        this.groups = groups;
        this.notices = notices;
    }

    @Override
    public void mute(GroupMemberCommand command, boolean mute) {
        GroupRoster roster = GroupRoster.load(groups, command.group());
        GroupMember changed = GroupPolicies.mute(roster.group(), command.actor(), command.member(),
                roster.membership(command.member()), mute);
        User owner = Users.existing(users, command.actor());
        if (!groups.updateMember(changed)) {
            // the member left between reading and writing
            throw new DomainException(ReasonCode.NOT_GROUP_MEMBER);
        }
        String memberName = roster.row(command.member()).orElseThrow().displayName();
        ChatText text = mute ? ChatText.GROUP_MUTED : ChatText.GROUP_UNMUTED;
        notices.toGroup(roster.group(), roster.nameOf(owner), roster.avatarOf(owner),
                text.text(Language.ZH, roster.nameOf(owner), memberName), roster.memberIds());
    }
}
