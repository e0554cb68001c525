package io.parley.chat.application.port.in;

import io.parley.chat.domain.group.MemberStatus;

/**
 * #30 as {@code GroupPolicies.admit} decides: in at once (every active member hears N-4, the avatar is recomputed) or
 * pending (the owner gets N-4b, a one-to-one notice to act on).
 *
 * @see io.parley.chat.domain.group.GroupPolicies#admit
 */
public interface JoinGroupUseCase {
    /** @return {@code ACTIVE} ("加群成功") or {@code PENDING} ("等待群主同意") */
    MemberStatus join(JoinGroupCommand command);
}
