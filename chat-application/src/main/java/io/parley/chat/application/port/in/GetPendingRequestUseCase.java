package io.parley.chat.application.port.in;

import io.parley.chat.domain.relation.FriendRequest;

/**
 * #9: the pending request to me from that user. An unknown or disabled user: {@code USER_NOT_FOUND}; no pending
 * request from them: {@code REQUEST_NOT_FOUND}.
 */
public interface GetPendingRequestUseCase {
    FriendRequest pendingRequest(PendingRequestQuery query);
}
