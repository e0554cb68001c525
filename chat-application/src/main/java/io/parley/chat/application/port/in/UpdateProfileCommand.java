package io.parley.chat.application.port.in;

import io.parley.chat.domain.user.ProfileEdit;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** #39: change one field of my profile. */
public record UpdateProfileCommand(UserId user, ProfileEdit edit) {
    public UpdateProfileCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(edit, "edit");
    }

    public static UpdateProfileCommand of(UserId user, String fieldname, String fieldValue) {
        return new UpdateProfileCommand(user, ProfileEdit.of(fieldname, fieldValue));
    }
}
