package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Clock;
import org.hibernate.SessionFactory;

/** Blocks in {@code user_block}, one row per (blocker, blocked). */
final class HibernateBlockAdapter implements BlockPort {
    static final String PAIR_CONSTRAINT = "uq_user_block_pair";

    private final UserRelationTable<BlockEntity> table;

    HibernateBlockAdapter(SessionFactory sessions, Clock clock) {
        this.table = new UserRelationTable<>(sessions, "Block", "blockerId", "blockedId", PAIR_CONSTRAINT,
                (blocker, blocked) -> new BlockEntity(blocker.value(), blocked.value(),
                        UserMapper.stored(clock.instant())));
    }

    @Override
    public boolean blocks(UserId blocker, UserId blocked) {
        return table.exists(blocker, blocked);
    }

    @Override
    public boolean block(UserId blocker, UserId blocked) {
        return table.add(blocker, blocked);
    }

    @Override
    public boolean unblock(UserId blocker, UserId blocked) {
        return table.remove(blocker, blocked);
    }

    @Override
    public Page<User> blockedBy(UserId blocker, PageRequest page) {
        return table.targetsOf(blocker, page);
    }
}
