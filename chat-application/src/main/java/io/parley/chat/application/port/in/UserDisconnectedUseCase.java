package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.UserId;

/**
 * A user's live connection on this node closed. Other nodes stop sending the user's messages here, unless the user
 * connected again meanwhile (a newer connection is never forgotten for an older one's close).
 */
public interface UserDisconnectedUseCase {
    /** @param connection the name {@link UserConnectedUseCase#connected} was given for it */
    void disconnected(UserId user, String connection);
}
