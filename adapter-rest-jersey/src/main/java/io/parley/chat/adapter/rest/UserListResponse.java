package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.shared.Page;
import java.util.List;

/**
 * Follow list, fans list and block list (API.md j.9 "Lists"):
 * {@code {"count":n,"rows":[{id, uuid, username, nickname, avatar, role}]}}.
 */
record UserListResponse(long count, List<Row> rows) {
    static UserListResponse of(Page<UserSummary> page) {
        return new UserListResponse(page.count(), page.rows().stream().map(Row::of).toList());
    }

    record Row(long id, String uuid, String username, String nickname, String avatar, String role) {
        static Row of(UserSummary user) {
            return new Row(user.id().value(), user.uuid(), user.username(), user.nickname(), user.avatar(),
                    user.role().wireName());
        }
    }
}
