package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetGroupInfoUseCase;
import io.parley.chat.application.port.in.GroupCommand;
import io.parley.chat.application.port.in.GroupInfoView;
import io.parley.chat.application.port.in.GroupInfoView.MemberView;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.domain.group.GroupPolicies;

/**
 * #24: anyone with a token sees a group that is not dissolved, with its members. The muted are members (they read,
 * they only may not send), so they are listed; those waiting for the owner are not in the group yet.
 */
final class GetGroupInfoService implements GetGroupInfoUseCase {
    private final GroupStorePort groups;

    GetGroupInfoService(GroupStorePort groups) {
        this.groups = groups;
    }

    @Override
    public GroupInfoView groupInfo(GroupCommand command) {
        GroupRoster roster = GroupRoster.load(groups, command.group());
        GroupPolicies.requireNotDissolved(roster.group());
        return new GroupInfoView(roster.group(), roster.members().stream()
                .map(row -> new MemberView(row.membership(), UserSummary.of(row.user())))
                .toList());
    }
}
