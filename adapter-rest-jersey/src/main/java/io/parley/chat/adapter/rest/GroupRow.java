package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.chat.domain.group.Group;
import java.time.ZoneId;

/**
 * A {@code group} row as #23 and #24 show it (API.md b.5, c.3): the seed's columns minus {@code update_time} and
 * {@code order}, which Parley does not keep. {@code remark} is the announcement, {@code invite_confirm} the join
 * policy, {@code create_time} the server's local time.
 */
record GroupRow(long id, String uuid, @JsonProperty("user_id") long userId, String name, String avatar,
        String remark, @JsonProperty("invite_confirm") int inviteConfirm, int status,
        @JsonProperty("create_time") String createTime) {

    static GroupRow of(Group group, ZoneId serverZone) {
        return new GroupRow(group.id().value(), group.uuid(), group.owner().value(), group.name(), group.avatar(),
                group.announcement(), group.joinPolicy().value(), group.status().code(),
                LocalCreateTime.of(group.createdAt(), serverZone));
    }
}
