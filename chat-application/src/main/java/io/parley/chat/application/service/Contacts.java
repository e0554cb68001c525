package io.parley.chat.application.service;

import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.domain.relation.Friendship;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;

/** The caller's contact entry for the target, for the actions that need one. */
final class Contacts {
    private Contacts() {
    }

    /** My entry for them, else {@code NOT_FRIENDS}. */
    static Friendship entry(FriendshipPort friendships, RelationCommand command) {
        return friendships.entry(command.actor(), command.target())
                .orElseThrow(() -> new DomainException(ReasonCode.NOT_FRIENDS));
    }

    /**
     * My entry for a contact I do not block, else {@code NOT_FRIENDS}: the seed reads only rows with
     * {@code isblack = 0} for #17, #18 and #19, and Parley keeps that flag on the block relation.
     */
    static Friendship unblockedEntry(FriendshipPort friendships, BlockPort blocks, RelationCommand command) {
        Friendship entry = entry(friendships, command);
        if (blocks.blocks(command.actor(), command.target())) {
            throw new DomainException(ReasonCode.NOT_FRIENDS);
        }
        return entry;
    }
}
