package io.parley.chat.application.port.in;

/**
 * #13: only the request's target, only while it is pending ({@code REQUEST_NOT_FOUND} otherwise). Agreeing makes the
 * two friends in the same transaction (the applicant's entry names the target by the target's own nickname, as the
 * seed did) and both hear N-2; refusing tells the applicant; ignoring tells nobody.
 */
public interface HandleFriendRequestUseCase {
    void handle(HandleFriendRequestCommand command);
}
