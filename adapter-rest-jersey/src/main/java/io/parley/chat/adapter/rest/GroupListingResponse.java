package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.parley.chat.application.port.in.GroupListingView;
import io.parley.chat.domain.group.GroupMember;
import java.time.ZoneId;
import java.util.List;

/** #23: one of my groups, its row with {@code group_users} holding only my own member row (API.md c.3). */
record GroupListingResponse(@JsonUnwrapped GroupRow group, @JsonProperty("group_users") List<MyRow> groupUsers) {

    static GroupListingResponse of(GroupListingView view, ZoneId serverZone) {
        return new GroupListingResponse(GroupRow.of(view.group(), serverZone), List.of(MyRow.of(view.mine())));
    }

    record MyRow(@JsonProperty("group_id") long groupId, @JsonProperty("user_id") long userId, String nickname,
            String avatar) {

        static MyRow of(GroupMember mine) {
            return new MyRow(mine.group().value(), mine.user().value(), mine.nickname(), mine.avatar());
        }
    }
}
