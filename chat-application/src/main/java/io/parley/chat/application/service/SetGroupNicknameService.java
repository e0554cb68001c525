package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GroupTextCommand;
import io.parley.chat.application.port.in.SetGroupNicknameUseCase;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.util.Optional;

/** #31: a member's name in one group; nobody is told, the next message shows it. */
final class SetGroupNicknameService implements SetGroupNicknameUseCase {
    private final GroupStorePort groups;

    SetGroupNicknameService(GroupStorePort groups) {
        this.groups = groups;
    }

    @Override
    public void setNickname(GroupTextCommand command) {
        Group group = GroupRoster.existing(groups, command.group());
        Optional<GroupMember> mine = groups.membership(group.id(), command.caller());
        GroupPolicies.checkGroupNickname(group, mine);
        if (!groups.updateMember(mine.get().withNickname(command.text()))) {
            // the member left between reading and writing
            throw new DomainException(ReasonCode.NOT_GROUP_MEMBER);
        }
    }
}
