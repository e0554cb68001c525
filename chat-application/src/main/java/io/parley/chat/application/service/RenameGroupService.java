package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GroupTextCommand;
import io.parley.chat.application.port.in.RenameGroupUseCase;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.user.User;

/** #25: the owner renames the group; every member row, pending ones too, hears it from the owner (N-3b). */
final class RenameGroupService implements RenameGroupUseCase {
    private final LoadUserPort users;
    private final GroupStorePort groups;
    private final GroupNotices notices;

    RenameGroupService(LoadUserPort users, GroupStorePort groups, GroupNotices notices) {
        this.users = users;
        this.groups = groups;
        this.notices = notices;
    }

    @Override
    public void rename(GroupTextCommand command) {
        GroupRoster roster = GroupRoster.load(groups, command.group());
        GroupPolicies.checkOwnerEdit(roster.group(), command.caller());
        User owner = Users.existing(users, command.caller());
        Group renamed = roster.group().renamed(command.text());
        groups.update(renamed);
        notices.toGroup(renamed, roster.nameOf(owner), roster.avatarOf(owner),
                ChatText.GROUP_RENAMED.text(Language.ZH, command.text()), roster.everyRow());
    }
}
