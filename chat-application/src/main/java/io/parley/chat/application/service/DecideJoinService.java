package io.parley.chat.application.service;

import io.parley.chat.application.port.in.DecideJoinUseCase;
import io.parley.chat.application.port.in.GroupMemberCommand;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.GroupStorePort.Member;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.message.SystemNotices;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;

/**
 * #29: the owner lets a pending member in — every member, the newcomer too, hears N-4 and the mosaic is redrawn — or
 * turns them away: their row goes and, unlike in the seed (G-G5), they are told.
 */
final class DecideJoinService implements DecideJoinUseCase {
    private final GroupStorePort groups;
    private final GroupNotices notices;

    DecideJoinService(GroupStorePort groups, GroupNotices notices) {
        this.groups = groups;
        this.notices = notices;
    }

    @Override
    public void decide(GroupMemberCommand command, boolean agree) {
        GroupRoster roster = GroupRoster.load(groups, command.group());
        UserId candidate = command.member();
        GroupMember admitted = GroupPolicies.decideJoin(roster.group(), command.actor(),
                roster.membership(candidate));
        Member row = roster.row(candidate).orElseThrow();
        if (agree) {
            admit(roster, admitted, row);
        } else {
            reject(roster.group(), row.user());
        }
    }

    private void admit(GroupRoster roster, GroupMember admitted, Member row) {
        if (!groups.updateMember(admitted)) {
            // the request was withdrawn (the joiner quit) meanwhile
            throw new DomainException(ReasonCode.REQUEST_NOT_FOUND);
        }
        Group redrawn = GroupAvatars.refresh(groups, roster.group().id());
        List<UserId> members = new ArrayList<>(roster.memberIds());
        members.add(admitted.user());
        notices.toGroup(redrawn, ChatText.GROUP_JOINED_SENDER_NAME.text(Language.ZH), SystemNotices.REQUEST_AVATAR,
                ChatText.GROUP_JOINED.text(Language.ZH, "", row.displayName()), members);
    }

    private void reject(Group group, User joiner) {
        if (!groups.removeMember(group.id(), joiner.id())) {
            throw new DomainException(ReasonCode.REQUEST_NOT_FOUND);
        }
        notices.toUser(joiner, (id, at) -> SystemNotices.joinRejected(id, group, joiner, at));
    }
}
