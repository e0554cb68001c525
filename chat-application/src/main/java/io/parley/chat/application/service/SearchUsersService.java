package io.parley.chat.application.service;

import io.parley.chat.application.port.in.SearchUsersQuery;
import io.parley.chat.application.port.in.SearchUsersUseCase;
import io.parley.chat.application.port.in.UserSummary;
import io.parley.chat.application.port.out.LoadUserPort;
import java.util.List;

/** #7: the store filters and orders (it can use its index); visitors, disabled users and the caller never show. */
final class SearchUsersService implements SearchUsersUseCase {
    private final LoadUserPort users;

    SearchUsersService(LoadUserPort users) {
        this.users = users;
    }

    @Override
    public List<UserSummary> search(SearchUsersQuery query) {
        return users.searchByUsername(query.keyword(), query.caller(), query.page()).stream()
                .map(UserSummary::of)
                .toList();
    }
}
