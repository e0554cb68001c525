package io.parley.chat.application.port.in;

/** #8 the public profile of an enabled user by uuid; {@code USER_NOT_FOUND} otherwise. */
public interface GetPublicProfileUseCase {
    PublicProfile publicProfile(String uuid);
}
