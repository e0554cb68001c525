package io.parley.chat.application.service;

import io.parley.chat.application.port.in.ContactEntryView;
import io.parley.chat.application.port.in.GetContactEntryUseCase;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FriendshipPort;

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
        return new ContactEntryView(Contacts.unblockedEntry(friendships, blocks, command), false);
    }
}
