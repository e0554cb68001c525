package io.parley.chat.application.service;

import io.parley.chat.application.port.in.UpdateUserSettingsCommand;
import io.parley.chat.application.port.in.UpdateUserSettingsUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.SaveUserPort;

final class UpdateUserSettingsService implements UpdateUserSettingsUseCase {
    private final LoadUserPort loadUsers;
    private final SaveUserPort saveUsers;
    private final ClockPort clock;

    UpdateUserSettingsService(LoadUserPort loadUsers, SaveUserPort saveUsers, ClockPort clock) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.clock = clock;
    }

    @Override
    public void updateSettings(UpdateUserSettingsCommand command) {
        saveUsers.update(Users.existing(loadUsers, command.user()).withSettings(command.settings(), clock.now()));
    }
}
