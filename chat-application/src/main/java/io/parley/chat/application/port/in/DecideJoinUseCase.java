package io.parley.chat.application.port.in;

/**
 * #29: the owner lets a pending member in (every active member, the newcomer included, hears N-4; the avatar is
 * recomputed) or turns them away (their row goes; they are told). Nobody pending: {@code REQUEST_NOT_FOUND}.
 */
public interface DecideJoinUseCase {
    void decide(GroupMemberCommand command, boolean agree);
}
