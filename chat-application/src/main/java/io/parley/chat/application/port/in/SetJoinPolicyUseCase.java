package io.parley.chat.application.port.in;

/** #28: the owner sets who may join without approval ({@code invite_confirm}); nobody is told. */
public interface SetJoinPolicyUseCase {
    void setJoinPolicy(SetJoinPolicyCommand command);
}
