package io.parley.chat.application.service;

import io.parley.chat.application.port.in.AuthenticateUseCase;
import io.parley.chat.application.port.in.ChangePasswordUseCase;
import io.parley.chat.application.port.in.GetPublicProfileUseCase;
import io.parley.chat.application.port.in.LoginUseCase;
import io.parley.chat.application.port.in.LogoutUseCase;
import io.parley.chat.application.port.in.RegisterUseCase;
import io.parley.chat.application.port.in.RegisterVisitorUseCase;
import io.parley.chat.application.port.in.UpdateProfileUseCase;
import io.parley.chat.application.port.in.UpdateUserSettingsUseCase;
import io.parley.chat.application.port.in.UpgradeVisitorUseCase;
import io.parley.chat.application.port.in.VisitorLoginUseCase;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.CloseConnectionsPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.PasswordHasherPort;
import io.parley.chat.application.port.out.RateLimitPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.application.port.out.TokenCodecPort;
import java.time.Duration;
import java.util.Objects;

/**
 * The chat core, built from the ports it needs; hands out one use case per user action. The only public class of
 * the services: everything behind it is package-private.
 *
 * <p>Build it once and share it: every use case is thread-safe as long as the ports are.
 */
public final class ChatCore {
    private final RegisterUseCase register;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final RegisterVisitorUseCase registerVisitor;
    private final UpgradeVisitorUseCase upgradeVisitor;
    private final VisitorLoginUseCase visitorLogin;
    private final AuthenticateUseCase authenticate;
    private final GetPublicProfileUseCase publicProfile;
    private final UpdateUserSettingsUseCase updateUserSettings;
    private final UpdateProfileUseCase updateProfile;
    private final ChangePasswordUseCase changePassword;

    private ChatCore(Builder b) {
        SessionStarter sessions = new SessionStarter(b.sessions, b.tokens, b.saveUsers, b.connections, b.clock,
                b.ids, b.settings.tokenTtl());
        DeviceGate gate = new DeviceGate(b.rateLimits, b.clock, b.settings.visitorSalt(),
                b.settings.visitorRegistrationsPerAddress());
        register = new RegisterService(b.loadUsers, b.saveUsers, b.passwords, b.clock, b.ids, sessions);
        login = new LoginService(b.loadUsers, b.passwords, b.clock, sessions);
        logout = new LogoutService(b.sessions, b.connections);
        registerVisitor = new RegisterVisitorService(b.loadUsers, b.saveUsers, b.passwords, b.clock, b.ids, gate,
                sessions);
        upgradeVisitor = new UpgradeVisitorService(b.loadUsers, b.saveUsers, b.passwords, b.clock, b.ids, gate,
                sessions);
        visitorLogin = new VisitorLoginService(gate, login);
        authenticate = new AuthenticateService(b.tokens, b.loadUsers, b.sessions);
        publicProfile = new GetPublicProfileService(b.loadUsers);
        updateUserSettings = new UpdateUserSettingsService(b.loadUsers, b.saveUsers, b.clock);
        updateProfile = new UpdateProfileService(b.loadUsers, b.saveUsers, b.clock);
        changePassword = new ChangePasswordService(b.loadUsers, b.saveUsers, b.passwords, b.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RegisterUseCase register() {
        return register;
    }

    public LoginUseCase login() {
        return login;
    }

    public LogoutUseCase logout() {
        return logout;
    }

    public RegisterVisitorUseCase registerVisitor() {
        return registerVisitor;
    }

    public UpgradeVisitorUseCase upgradeVisitor() {
        return upgradeVisitor;
    }

    public VisitorLoginUseCase visitorLogin() {
        return visitorLogin;
    }

    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    public GetPublicProfileUseCase publicProfile() {
        return publicProfile;
    }

    public UpdateUserSettingsUseCase updateUserSettings() {
        return updateUserSettings;
    }

    public UpdateProfileUseCase updateProfile() {
        return updateProfile;
    }

    public ChangePasswordUseCase changePassword() {
        return changePassword;
    }

    /**
     * The core's own settings.
     *
     * @param tokenTtl how long a token and its session live
     * @param visitorSalt the salt of the visitor signature, shared with clients
     * @param visitorRegistrationsPerAddress signed visitor requests allowed per client address and hour
     */
    public record Settings(Duration tokenTtl, String visitorSalt, int visitorRegistrationsPerAddress) {
        public Settings {
            Objects.requireNonNull(tokenTtl, "tokenTtl");
            Objects.requireNonNull(visitorSalt, "visitorSalt");
            if (tokenTtl.isNegative() || tokenTtl.isZero()) {
                throw new IllegalArgumentException("tokenTtl must be positive");
            }
            if (visitorRegistrationsPerAddress < 1) {
                throw new IllegalArgumentException("visitorRegistrationsPerAddress must be at least 1");
            }
        }
    }

    /** Collects the ports; {@link #build()} refuses a missing one. */
    public static final class Builder {
        private LoadUserPort loadUsers;
        private SaveUserPort saveUsers;
        private SessionStorePort sessions;
        private TokenCodecPort tokens;
        private PasswordHasherPort passwords;
        private RateLimitPort rateLimits;
        private ClockPort clock;
        private IdGeneratorPort ids;
        private CloseConnectionsPort connections;
        private Settings settings;

        private Builder() {
        }

        public Builder loadUsers(LoadUserPort port) {
            this.loadUsers = port;
            return this;
        }

        public Builder saveUsers(SaveUserPort port) {
            this.saveUsers = port;
            return this;
        }

        public Builder sessions(SessionStorePort port) {
            this.sessions = port;
            return this;
        }

        public Builder tokens(TokenCodecPort port) {
            this.tokens = port;
            return this;
        }

        public Builder passwords(PasswordHasherPort port) {
            this.passwords = port;
            return this;
        }

        public Builder rateLimits(RateLimitPort port) {
            this.rateLimits = port;
            return this;
        }

        public Builder clock(ClockPort port) {
            this.clock = port;
            return this;
        }

        public Builder ids(IdGeneratorPort port) {
            this.ids = port;
            return this;
        }

        public Builder connections(CloseConnectionsPort port) {
            this.connections = port;
            return this;
        }

        public Builder settings(Settings value) {
            this.settings = value;
            return this;
        }

        public ChatCore build() {
            Objects.requireNonNull(loadUsers, "loadUsers");
            Objects.requireNonNull(saveUsers, "saveUsers");
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(passwords, "passwords");
            Objects.requireNonNull(rateLimits, "rateLimits");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(connections, "connections");
            Objects.requireNonNull(settings, "settings");
            return new ChatCore(this);
        }
    }
}
