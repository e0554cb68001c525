package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.GroupId;

/**
 * #22: creates a group of me and those of my contacts that are enabled and not blocked by me (none → {@code
 * NOT_FRIENDS}); named after its members, their avatars as its mosaic; within the member limit ({@code GROUP_FULL}).
 * Every member, me included, hears N-3, whose message carries the group.
 */
public interface CreateGroupUseCase {
    GroupId create(CreateGroupCommand command);
}
