package io.parley.chat.application.port.in;

import io.parley.chat.domain.relation.FriendRequest;
import java.util.List;
import java.util.Objects;

/** #12: one page of the requests addressed to me, and how many of all of them are pending. */
public record FriendRequestsPage(List<Row> rows, long pendingCount) {
    public FriendRequestsPage {
        rows = List.copyOf(rows);
    }

    /** A request and who made it. */
    public record Row(FriendRequest request, UserSummary applicant) {
        public Row {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(applicant, "applicant");
        }
    }
}
