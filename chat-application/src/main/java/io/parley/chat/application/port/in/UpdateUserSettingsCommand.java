package io.parley.chat.application.port.in;

import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** #10: replace my settings document. Build the settings with {@link UserSettings#parse}, which validates them. */
public record UpdateUserSettingsCommand(UserId user, UserSettings settings) {
    public UpdateUserSettingsCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(settings, "settings");
    }
}
