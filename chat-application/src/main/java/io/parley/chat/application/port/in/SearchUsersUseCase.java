package io.parley.chat.application.port.in;

import java.util.List;

/** #7: find registered, enabled users by part of their username; never visitors, never the caller. */
public interface SearchUsersUseCase {
    List<UserSummary> search(SearchUsersQuery query);
}
