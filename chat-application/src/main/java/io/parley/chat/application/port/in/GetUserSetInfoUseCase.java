package io.parley.chat.application.port.in;

/** #40 ({@code userid}): a registered, enabled user's settings and friendship state; otherwise {@code USER_NOT_FOUND}. */
public interface GetUserSetInfoUseCase {
    UserSetInfoView userSetInfo(RelationCommand command);
}
