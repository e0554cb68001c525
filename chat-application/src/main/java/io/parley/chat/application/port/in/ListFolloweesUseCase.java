package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.Page;

/** Whom I follow ({@code followlist}), most recent first. */
public interface ListFolloweesUseCase {
    Page<UserSummary> followees(ListUsersQuery query);
}
