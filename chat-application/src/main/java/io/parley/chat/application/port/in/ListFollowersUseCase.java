package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.Page;

/** Who follows me ({@code fanslist}), most recent first. */
public interface ListFollowersUseCase {
    Page<UserSummary> followers(ListUsersQuery query);
}
