package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.GroupPolicies.Leaving;

/**
 * #32: the owner dissolves the group (status 0, history kept, G-G8; every member row hears N-5); anyone else in it
 * quits (their row goes; the owner hears N-5). Allowed on a locked group.
 */
public interface LeaveGroupUseCase {
    Leaving leave(GroupCommand command);
}
