package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ContactEntryView;
import io.parley.chat.application.port.in.GetContactEntryUseCase;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;

/** #19: a contact I have blocked is no friend of mine for this question (the seed reads {@code isblack = 0}). */
final class GetContactEntryService implements GetContactEntryUseCase {
    private final FriendshipPort friendships;
    private final BlockPort blocks;

    GetContactEntryService(FriendshipPort friendships, BlockPort blocks) {
        this.friendships = friendships;
        this.blocks = blocks;
    }

    @Override
    public ContactEntryView contactEntry(RelationCommand command) {
        RelationTargets.notSelf(command);
        Friendship entry = friendships.entry(command.actor(), command.target())
                .orElseThrow(() -> new DomainException(ReasonCode.NOT_FRIENDS));
        if (blocks.blocks(command.actor(), command.target())) {
            throw new DomainException(ReasonCode.NOT_FRIENDS);
        }
        return new ContactEntryView(entry, false);
    }
}
