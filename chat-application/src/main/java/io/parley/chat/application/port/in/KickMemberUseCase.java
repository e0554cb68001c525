package io.parley.chat.application.port.in;

/**
 * #27: the owner removes someone else from a group that takes writes (a pending request too); the group's avatar is
 * recomputed; the kicked user and the remaining members are told (G-G4).
 */
public interface KickMemberUseCase {
    void kick(GroupMemberCommand command);
}
