package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.parley.chat.application.port.in.GroupInfoView;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.group.GroupMember;
import java.time.ZoneId;
import java.util.List;

/**
 * #24: the group row with its active members in {@code group_users}, each member row with its {@code user}
 * (API.md c.3). Member rows have no {@code id} of their own in Parley: a member is its group and its user.
 */
record GroupInfoResponse(@JsonUnwrapped GroupRow group, @JsonProperty("group_users") List<Member> groupUsers) {

    static GroupInfoResponse of(GroupInfoView view, ZoneId serverZone) {
        return new GroupInfoResponse(GroupRow.of(view.group(), serverZone), view.members().stream()
                .map(member -> Member.of(member, serverZone)).toList());
    }

    record Member(@JsonProperty("group_id") long groupId, @JsonProperty("user_id") long userId, String nickname,
            String avatar, int status, @JsonProperty("create_time") String createTime, User user) {

        static Member of(GroupInfoView.MemberView view, ZoneId serverZone) {
            GroupMember row = view.membership();
            return new Member(row.group().value(), row.user().value(), row.nickname(), row.avatar(),
                    row.status().code(), LocalCreateTime.of(row.joinedAt(), serverZone), User.of(view.user()));
        }
    }

    /** {@code {id, username, avatar, nickname, uuid, role}}, the seed's attributes in its order. */
    record User(long id, String username, String avatar, String nickname, String uuid, String role) {

        static User of(UserSummary user) {
            return new User(user.id().value(), user.username(), user.avatar(), user.nickname(), user.uuid(),
                    user.role().wireName());
        }
    }
}
