package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetGroupQrTextUseCase;
import io.parley.chat.application.port.in.QrCodeQuery;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupPolicies;
import io.parley.chat.domain.shared.Ensure;

/**
 * #33: a member's invitation to the group. The H5 client asks for its URL form with {@code type=H5}, its origin and
 * {@code chatType=group}; every other request gets the JSON form the app scans, as in the seed.
 */
final class GetGroupQrTextService implements GetGroupQrTextUseCase {
    private final GroupStorePort groups;

    GetGroupQrTextService(GroupStorePort groups) {
        this.groups = groups;
    }

    @Override
    public String groupQrText(QrCodeQuery query) {
        Group group = GroupRoster.existing(groups, GroupId.of(Ensure.range("id", query.id(), 1, Long.MAX_VALUE)));
        GroupPolicies.checkMemberRead(group, groups.membership(group.id(), query.caller()));
        long id = group.id().value();
        return query.wantsH5() && "group".equals(query.chatType()) ? QrCodeTexts.groupUrl(query.http(), id)
                : QrCodeTexts.groupJson(id, group.name());
    }
}
