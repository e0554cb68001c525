package io.parley.chat.application.port.out;

import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;

/** Blocks: {@code blocker} refuses messages from {@code blocked}, with or without friendship (API.md j.3). */
public interface BlockPort {
    boolean blocks(UserId blocker, UserId blocked);

    /** @return whether the block is new (blocking twice changes nothing) */
    boolean block(UserId blocker, UserId blocked);

    /** @return whether there was a block to lift */
    boolean unblock(UserId blocker, UserId blocked);

    /** The users the blocker blocks, most recent first. */
    Page<User> blockedBy(UserId blocker, PageRequest page);
}
