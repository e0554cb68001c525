package io.parley.chat.application.service;

import io.parley.chat.application.port.in.GetUserSetInfoUseCase;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.UserSetInfoView;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;

/**
 * #40: whether the target keeps me as a usable contact. Their entry is unusable when they block me; the seed's other
 * cause, the row's own status, is the target's account being enabled, which this use case has required already.
 */
final class GetUserSetInfoService implements GetUserSetInfoUseCase {
    private final LoadUserPort users;
    private final FriendshipPort friendships;
    private final BlockPort blocks;

    GetUserSetInfoService(LoadUserPort users, FriendshipPort friendships, BlockPort blocks) {
        this.users = users;
        this.friendships = friendships;
        this.blocks = blocks;
    }

    @Override
    public UserSetInfoView userSetInfo(RelationCommand command) {
        User target = users.byId(command.target())
                .filter(User::isEnabled)
                .filter(user -> !user.isVisitor())
                .orElseThrow(() -> new DomainException(ReasonCode.USER_NOT_FOUND));
        boolean theyHaveMe = friendships.entry(command.target(), command.actor()).isPresent();
        boolean usable = theyHaveMe && !blocks.blocks(command.target(), command.actor());
        return new UserSetInfoView(target, theyHaveMe, usable);
    }
}
