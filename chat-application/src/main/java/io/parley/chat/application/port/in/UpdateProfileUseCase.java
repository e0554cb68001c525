package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.ProfileEdit;

/** #39 update my nickname, avatar or friend-approval setting; returns the edit, which knows its confirmation. */
public interface UpdateProfileUseCase {
    ProfileEdit updateProfile(UpdateProfileCommand command);
}
