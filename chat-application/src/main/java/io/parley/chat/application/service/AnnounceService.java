package io.parley.chat.application.service;

import io.parley.chat.application.port.in.AnnounceUseCase;
import io.parley.chat.application.port.in.GroupTextCommand;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.user.User;

/** #26: the owner sets the announcement; every member row, pending ones too, reads it from the owner (N-3b). */
final class AnnounceService implements AnnounceUseCase {
    private final LoadUserPort users;
    private final GroupStorePort groups;
    private final GroupNotices notices;

    AnnounceService(LoadUserPort users, GroupStorePort groups, GroupNotices notices) {
        this.users = users;
        this.groups = groups;
        this.notices = notices;
    }

    @Override
    public void announce(GroupTextCommand command) {
        GroupRoster roster = GroupRoster.load(groups, command.group());
        GroupPolicies.checkOwnerEdit(roster.group(), command.caller());
        User owner = Users.existing(users, command.caller());
        Group announced = roster.group().announcing(command.text());
        groups.update(announced);
        notices.toGroup(announced, roster.nameOf(owner), roster.avatarOf(owner),
                ChatText.GROUP_ANNOUNCEMENT.text(Language.ZH, command.text()), roster.everyRow());
    }
}
