package io.parley.chat.application.service;

import io.parley.chat.application.port.in.UpdateProfileCommand;
import io.parley.chat.application.port.in.UpdateProfileUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.domain.user.ProfileEdit;

final class UpdateProfileService implements UpdateProfileUseCase {
    private final LoadUserPort loadUsers;
    private final SaveUserPort saveUsers;
    private final ClockPort clock;

    UpdateProfileService(LoadUserPort loadUsers, SaveUserPort saveUsers, ClockPort clock) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.clock = clock;
    }

    @Override
    public ProfileEdit updateProfile(UpdateProfileCommand command) {
        ProfileEdit edit = command.edit();
        if (edit.changesAnything()) {
            saveUsers.update(edit.applyTo(Users.existing(loadUsers, command.user()), clock.now()));
        }
        return edit;
    }
}
