package io.parley.chat.application.service;

import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.GroupStorePort.Member;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupAppearance;
import io.parley.chat.domain.group.GroupId;

/**
 * f.4: after the members change (create, kick, approve, join; not quit) the group's mosaic is drawn again from its
 * first members' avatars. Both the members and the group are read again here, just before writing, so that the
 * mosaic shows who is in now and a rename that came meanwhile is not written back over.
 */
final class GroupAvatars {
    private GroupAvatars() {
    }

    /** @return the group as stored afterwards */
    static Group refresh(GroupStorePort groups, GroupId id) {
        Group group = GroupRoster.existing(groups, id);
        String mosaic = GroupAppearance.avatarFrom(groups.members(id).stream()
                .filter(row -> row.membership().isMember())
                .map(Member::avatar)
                .toList());
        if (mosaic.equals(group.avatar())) {
            return group;
        }
        Group redrawn = group.withAvatar(mosaic);
        groups.update(redrawn);
        return redrawn;
    }
}
