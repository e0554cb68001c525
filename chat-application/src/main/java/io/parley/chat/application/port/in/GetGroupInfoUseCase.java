package io.parley.chat.application.port.in;

/**
 * #24: any token holder, member or not (API.md f.1), sees a group that is not dissolved with its active members.
 * Unknown: {@code GROUP_NOT_FOUND}; dissolved: {@code GROUP_DISSOLVED}.
 */
public interface GetGroupInfoUseCase {
    GroupInfoView groupInfo(GroupCommand command);
}
