package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.Page;

/** Whom I block ({@code blocklist}), most recent first. */
public interface ListBlockedUseCase {
    Page<UserSummary> blocked(ListUsersQuery query);
}
