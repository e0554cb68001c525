package io.parley.chat.application.service;

import io.parley.chat.application.port.in.HandleFriendRequestCommand;
import io.parley.chat.application.port.in.HandleFriendRequestUseCase;
import io.parley.chat.application.port.out.FriendRequestPort;
import io.parley.chat.application.port.out.FriendRequestPort.Remarks;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.user.User;

/**
 * #13: the request decides who may handle it, under the store's lock on it. On agreeing, the handler's entry names
 * the applicant as the handler chose, and the applicant's entry names the handler by the handler's own nickname
 * (G-F2, kept as in the seed).
 */
final class HandleFriendRequestService implements HandleFriendRequestUseCase {
    private final LoadUserPort users;
    private final FriendRequestPort friendRequests;
    private final FriendNotices notices;

    HandleFriendRequestService(LoadUserPort users, FriendRequestPort friendRequests, FriendNotices notices) {
        this.users = users;
        this.friendRequests = friendRequests;
        this.notices = notices;
    }

    @Override
    public void handle(HandleFriendRequestCommand command) {
        User handler = Users.existing(users, command.handler());
        FriendRequest decided = friendRequests.decide(command.requestId(),
                request -> request.decidedBy(handler.id(), command.decision()),
                new Remarks(handler.nickname(), command.remark()));
        // an applicant whose account is gone since has nobody left to tell
        switch (decided.status()) {
            case AGREE -> users.byId(decided.applicant()).ifPresent(applicant -> notices.nowFriends(applicant, handler));
            case REFUSE -> users.byId(decided.applicant()).ifPresent(applicant -> notices.refused(handler, applicant));
            case PENDING, IGNORE -> {
                // ignoring tells nobody: to the applicant it looks like no answer yet
            }
        }
    }
}
