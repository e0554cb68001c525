package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GroupCommand;
import io.parley.chat.application.port.in.LeaveGroupUseCase;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.group.GroupPolicies.Leaving;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import java.util.List;

/**
 * #32: the owner dissolves the group — its status only, so that its history stays readable (G-G8) — and every member
 * row hears N-5; anyone else quits, and only the owner hears it. The mosaic stays as it was on quitting (f.4).
 */
final class LeaveGroupService implements LeaveGroupUseCase {
    private final LoadUserPort users;
    private final GroupStorePort groups;
    private final GroupNotices notices;

    LeaveGroupService(LoadUserPort users, GroupStorePort groups, GroupNotices notices) {
        this.users = users;
        this.groups = groups;
        this.notices = notices;
    }

    @Override
    public Leaving leave(GroupCommand command) {
        GroupRoster roster = GroupRoster.load(groups, command.group());
        Leaving leaving = GroupPolicies.leave(roster.group(), command.caller(), roster.membership(command.caller()));
        User me = Users.existing(users, command.caller());
        if (leaving == Leaving.DISSOLVE) {
            Group dissolved = roster.group().withStatus(GroupStatus.DISSOLVED);
            groups.update(dissolved);
            notices.toGroup(dissolved, roster.nameOf(me), roster.avatarOf(me),
                    ChatText.GROUP_DISSOLVED.text(Language.ZH, notices.localNow()), roster.everyRow());
        } else {
            if (!groups.removeMember(command.group(), command.caller())) {
                // gone meanwhile (kicked, or a second quit): not in the group any more
                throw new DomainException(ReasonCode.NOT_GROUP_MEMBER);
            }
            notices.toGroup(roster.group(), roster.nameOf(me), roster.avatarOf(me),
                    ChatText.GROUP_QUIT.text(Language.ZH, roster.nameOf(me), notices.localNow()),
                    List.of(roster.group().owner()));
        }
        return leaving;
    }
}
