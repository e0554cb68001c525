package io.parley.chat.application.port.in;

/** {@code groupMuteUser} (API.md j.9): the owner mutes or unmutes a member; the group is told. */
public interface MuteMemberUseCase {
    void mute(GroupMemberCommand command, boolean mute);
}
