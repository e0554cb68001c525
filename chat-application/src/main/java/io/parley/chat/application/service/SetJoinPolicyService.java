package io.parley.chat.application.service;

import io.parley.chat.application.port.in.SetJoinPolicyCommand;
import io.parley.chat.application.port.in.SetJoinPolicyUseCase;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupPolicies;

/** #28: the owner sets who may join without approval; nobody is told. */
final class SetJoinPolicyService implements SetJoinPolicyUseCase {
    private final GroupStorePort groups;

    SetJoinPolicyService(GroupStorePort groups) {
        this.groups = groups;
    }

    @Override
    public void setJoinPolicy(SetJoinPolicyCommand command) {
        Group group = GroupRoster.existing(groups, command.group());
        GroupPolicies.checkOwnerEdit(group, command.actor());
        groups.update(group.withJoinPolicy(command.policy()));
    }
}
