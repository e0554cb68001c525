package io.parley.chat.application.service;

import io.parley.chat.application.port.in.FriendInfoView;
import io.parley.chat.application.port.in.GetFriendInfoUseCase;
import io.parley.chat.application.port.in.PublicProfile;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

/**
 * #15: shown for a blocked or disabled contact too, with the friend's status, as the seed's {@code friendinfo} does:
 * it is my own entry I am looking at.
 */
final class GetFriendInfoService implements GetFriendInfoUseCase {
    private final FriendshipPort friendships;
    private final LoadUserPort users;

    GetFriendInfoService(FriendshipPort friendships, LoadUserPort users) {
        this.friendships = friendships;
        this.users = users;
    }

    @Override
    public FriendInfoView friendInfo(RelationCommand command) {
        RelationTargets.notSelf(command);
        Friendship entry = Contacts.entry(friendships, command);
        // an entry outliving its user would be a store's fault; to the caller that contact is simply gone
        User friend = users.byId(command.target()).orElseThrow(() -> new DomainException(ReasonCode.NOT_FRIENDS));
        return new FriendInfoView(entry, PublicProfile.of(friend), friend.status().code());
    }
}
