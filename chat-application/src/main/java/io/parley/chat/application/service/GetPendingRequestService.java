package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetPendingRequestUseCase;
import io.parley.chat.application.port.in.PendingRequestQuery;
import io.parley.chat.application.port.out.FriendRequestPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

/** #9: a client asks before offering to handle a request; a disabled applicant counts as gone (the seed's status 1). */
final class GetPendingRequestService implements GetPendingRequestUseCase {
    private final LoadUserPort users;
    private final FriendRequestPort friendRequests;

    GetPendingRequestService(LoadUserPort users, FriendRequestPort friendRequests) {
        this.users = users;
        this.friendRequests = friendRequests;
    }

    @Override
    public FriendRequest pendingRequest(PendingRequestQuery query) {
        User applicant = users.byUuid(query.applicantUuid())
                .filter(User::isEnabled)
                .orElseThrow(() -> new DomainException(ReasonCode.USER_NOT_FOUND));
        return friendRequests.pendingFrom(applicant.id(), query.me())
                .orElseThrow(() -> new DomainException(ReasonCode.REQUEST_NOT_FOUND));
    }
}
