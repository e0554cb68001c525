package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ApplyFriendCommand;
import io.parley.chat.application.port.in.ApplyFriendUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.FriendRequestPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.relation.FriendRequestRules;
import io.parley.chat.domain.user.User;
import java.util.Optional;

/** #11: the domain decides whether the request may be made; the store keeps a second pending one out under races. */
final class ApplyFriendService implements ApplyFriendUseCase {
    private final LoadUserPort users;
    private final FriendshipPort friendships;
    private final FriendRequestPort friendRequests;
    private final ClockPort clock;
    private final FriendNotices notices;

    ApplyFriendService(LoadUserPort users, FriendshipPort friendships, FriendRequestPort friendRequests,
            ClockPort clock, FriendNotices notices) {
        this.users = users;
        this.friendships = friendships;
        this.friendRequests = friendRequests;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public void apply(ApplyFriendCommand command) {
        User applicant = Users.existing(users, command.applicant());
        Optional<User> target = users.byId(command.target());
        FriendRequestRules.checkRequest(applicant, target,
                friendships.entry(command.applicant(), command.target()).isPresent(),
                friendRequests.pendingBetween(command.applicant(), command.target()));
        friendRequests.createPending(command.applicant(), command.target(), command.text(), clock.now());
        notices.requestReceived(applicant, target.orElseThrow());
    }
}
