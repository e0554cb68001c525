package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ApplyFriendCommand;
import io.parley.chat.application.port.in.AutoAddFriendUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.FriendRequestPort;
import io.parley.chat.application.port.out.FriendRequestPort.Remarks;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.relation.FriendRequestRules;
import io.parley.chat.domain.user.User;
import java.util.Optional;

/**
 * #41: a request the target agreed to in advance. The applicant's entry gets no remark and the target's names the
 * applicant by their own nickname (API.md c.3), as if the target had agreed without choosing a remark.
 */
final class AutoAddFriendService implements AutoAddFriendUseCase {
    private final LoadUserPort users;
    private final FriendshipPort friendships;
    private final FriendRequestPort friendRequests;
    private final ClockPort clock;
    private final FriendNotices notices;

    AutoAddFriendService(LoadUserPort users, FriendshipPort friendships, FriendRequestPort friendRequests,
            ClockPort clock, FriendNotices notices) {
        this.users = users;
        this.friendships = friendships;
        this.friendRequests = friendRequests;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public void autoAdd(ApplyFriendCommand command) {
        User applicant = Users.existing(users, command.applicant());
        Optional<User> target = users.byId(command.target());
        FriendRequestRules.checkAutomaticFriendship(applicant, target,
                friendships.entry(command.applicant(), command.target()).isPresent(),
                friendRequests.pendingBetween(command.applicant(), command.target()));
        friendRequests.createAgreed(command.applicant(), command.target(), command.text(), clock.now(),
                new Remarks("", applicant.nickname()));
        notices.nowFriends(applicant, target.orElseThrow());
    }
}
