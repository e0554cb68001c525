package io.parley.chat.application.service;

import io.parley.chat.application.port.in.BlockUserUseCase;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.LoadUserPort;

final class BlockUserService implements BlockUserUseCase {
    private final LoadUserPort users;
    private final BlockPort blocks;

    BlockUserService(LoadUserPort users, BlockPort blocks) {
        this.users = users;
        this.blocks = blocks;
    }

    @Override
    public void block(RelationCommand command) {
        RelationTargets.notSelf(command);
        RelationTargets.available(users, command);
        blocks.block(command.actor(), command.target());
    }
}
