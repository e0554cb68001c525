package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * #22: a group of me and some of my contacts, named by {@code userIds} — ids of my contact entries ({@code id} of the
 * #14 rows), not user ids. At least one.
 */
public record CreateGroupCommand(UserId owner, List<Long> contactEntryIds) {
    public CreateGroupCommand {
        Objects.requireNonNull(owner, "owner");
        if (contactEntryIds == null || contactEntryIds.isEmpty()) {
            throw new ValidationException("userIds", Problem.REQUIRED);
        }
        if (contactEntryIds.stream().anyMatch(id -> id == null || id < 1)) {
            throw new ValidationException("userIds", Problem.BAD_SHAPE, "an array of contact entry ids");
        }
        contactEntryIds = contactEntryIds.stream().distinct().toList();
    }
}
