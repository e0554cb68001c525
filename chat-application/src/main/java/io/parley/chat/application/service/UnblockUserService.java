package io.parley.chat.application.service;

import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.UnblockUserUseCase;
import io.parley.chat.application.port.out.BlockPort;

/** Lifts a block, whoever the other user is now (a disabled user's block can be lifted too). */
final class UnblockUserService implements UnblockUserUseCase {
    private final BlockPort blocks;

    UnblockUserService(BlockPort blocks) {
        this.blocks = blocks;
    }

    @Override
    public void unblock(RelationCommand command) {
        RelationTargets.notSelf(command);
        blocks.unblock(command.actor(), command.target());
    }
}
