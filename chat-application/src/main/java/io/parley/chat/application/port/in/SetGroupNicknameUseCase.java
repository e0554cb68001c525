package io.parley.chat.application.port.in;

/** #31: a member names themself in a group that takes writes; nobody is told. */
public interface SetGroupNicknameUseCase {
    void setNickname(GroupTextCommand command);
}
