package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.chat.application.port.in.FriendRequestsPage;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.domain.relation.FriendRequest;
import java.time.ZoneId;
import java.util.List;

/**
 * #12: a page of the requests addressed to me, each with who asked, and how many of all of them still wait:
 * {@code {alldata:[…], pendingCount:n}} (API.md c.3).
 */
record FriendRequestsResponse(List<Row> alldata, long pendingCount) {
    static FriendRequestsResponse of(FriendRequestsPage page, ZoneId serverZone) {
        return new FriendRequestsResponse(page.rows().stream().map(row -> Row.of(row, serverZone)).toList(),
                page.pendingCount());
    }

    record Row(long id, @JsonProperty("user_id") long userId, @JsonProperty("friend_id") long friendId,
            String nickname, String status, @JsonProperty("create_time") String createTime, Applicant user) {

        static Row of(FriendRequestsPage.Row row, ZoneId serverZone) {
            FriendRequest request = row.request();
            return new Row(request.id(), request.applicant().value(), request.target().value(), request.text(),
                    request.status().wire(), LocalCreateTime.of(request.createdAt(), serverZone),
                    Applicant.of(row.applicant()));
        }
    }

    /** The seed's {@code user} association: {@code {id, username, avatar, nickname, uuid}}. */
    record Applicant(long id, String username, String avatar, String nickname, String uuid) {
        static Applicant of(UserSummary user) {
            return new Applicant(user.id().value(), user.username(), user.avatar(), user.nickname(), user.uuid());
        }
    }
}
