package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.ChangePasswordCommand;
import io.parley.chat.application.port.in.ChangePasswordUseCase;
import io.parley.chat.application.port.in.LogoutUseCase;
import io.parley.chat.application.port.in.UpdateProfileCommand;
import io.parley.chat.application.port.in.UpdateProfileUseCase;
import io.parley.chat.application.port.in.UpdateUserSettingsCommand;
import io.parley.chat.application.port.in.UpdateUserSettingsUseCase;
import io.parley.chat.domain.settings.UserSettings;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.ProfileEdit;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The caller's own account (API.md c.3 #3, #10, #39, #42); {@link ChatAuthFilter} has identified the caller. */
@Path("/api/chat")
public final class MyAccountResource {
    private final LogoutUseCase logout;
    private final UpdateUserSettingsUseCase updateUserSettings;
    private final UpdateProfileUseCase updateProfile;
    private final ChangePasswordUseCase changePassword;
    private final ObjectMapper mapper;

    MyAccountResource(RestApi.UseCases useCases, ObjectMapper mapper) {
        this.logout = useCases.logout();
        this.updateUserSettings = useCases.updateUserSettings();
        this.updateProfile = useCases.updateProfile();
        this.changePassword = useCases.changePassword();
        this.mapper = mapper;
    }

    /** #3 end my session (and close my sockets). */
    @POST
    @Path("logout")
    public Response logout(@Context ContainerRequestContext request) {
        logout.logout(ChatAuthFilter.callerOf(request));
        return ApiResponses.ok(true);
    }

    /** #10 save my settings document. */
    @POST
    @Path("userset")
    public Response saveSettings(@Context ContainerRequestContext request) {
        String text = RequestParams.of(request).get(UserSettings.FIELD);
        // an empty text is left to UserSettings, which reports it as missing rather than as bad JSON
        Object document = text == null || text.isEmpty() ? null : readJson(text);
        UserSettings settings = UserSettings.parse(text, document);
        updateUserSettings.updateSettings(new UpdateUserSettingsCommand(ChatAuthFilter.callerOf(request).id(),
                settings));
        return ApiResponses.ok("ok");
    }

    /** #39 change my nickname, avatar or friend-approval setting. */
    @POST
    @Path("updateUserinfo")
    public Response updateProfile(@Context ContainerRequestContext request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RequestParams p = RequestParams.of(request);
        AuthenticatedUser caller = ChatAuthFilter.callerOf(request);
        ProfileEdit edit = updateProfile.updateProfile(UpdateProfileCommand.of(caller.id(), p.get("fieldname"),
                p.get("fieldValue")));
        Language language = RequestLanguage.of(acceptLanguage);
        return ApiResponses.ok(edit.confirmation().map(text -> text.text(language)).orElse(""));
    }

    /** #42 change my password; the session stays. */
    @POST
    @Path("setPassword")
    public Response changePassword(@Context ContainerRequestContext request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RequestParams p = RequestParams.of(request);
        changePassword.changePassword(ChangePasswordCommand.of(ChatAuthFilter.callerOf(request).id(),
                p.get("oldpassword"), p.get("newpassword"), p.get("checknewpassword")));
        return ApiResponses.ok(ChatText.PASSWORD_CHANGED.text(RequestLanguage.of(acceptLanguage)));
    }

    /** Plain Java values (maps, lists, numbers, booleans, strings, null), as {@link UserSettings#parse} wants them. */
    private Object readJson(String text) {
        try {
            return mapper.readValue(text, Object.class);
        } catch (JacksonException notJson) {
            throw new ValidationException(UserSettings.FIELD, Problem.NOT_JSON);
        }
    }
}
