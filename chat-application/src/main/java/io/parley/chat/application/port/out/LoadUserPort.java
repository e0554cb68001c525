package io.parley.chat.application.port.out;

import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Reads users, whatever their status. Safe to call from any thread; each call sees committed data. */
public interface LoadUserPort {
    Optional<User> byId(UserId id);

    Optional<User> byUuid(String uuid);

    /** Exact match; any text (names in older databases may not follow today's rules). */
    Optional<User> byUsername(String username);

    /** The user bound to this device, if any (only visitors are bound). */
    Optional<User> byDevice(DeviceId device);

    /**
     * #7: enabled registered users (no visitors) whose username contains {@code fragment} (taken literally: {@code %}
     * and {@code _} match themselves), except {@code except}; shortest usernames first, then by id.
     */
    List<User> searchByUsername(String fragment, UserId except, PageRequest page);
}
