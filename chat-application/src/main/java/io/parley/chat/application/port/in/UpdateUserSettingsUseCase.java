package io.parley.chat.application.port.in;

/** #10 save my settings (who may message me). */
public interface UpdateUserSettingsUseCase {
    void updateSettings(UpdateUserSettingsCommand command);
}
