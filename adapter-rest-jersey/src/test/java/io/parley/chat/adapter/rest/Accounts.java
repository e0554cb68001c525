package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.AccountView;
import io.parley.chat.application.port.in.AuthenticatedUser;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.domain.session.SessionId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.UserStatus;
import java.time.Instant;

/** Test accounts (object mother): a registered user and a visitor with every column filled. */
final class Accounts {
    static final Instant CREATED = Instant.parse("2025-07-13T03:46:05Z");
    static final Instant UPDATED = Instant.parse("2025-07-14T10:20:30.456Z");
    static final Instant LAST_LOGIN = Instant.parse("2025-07-15T00:00:01.002Z");
    static final String DEVICE = "0123456789abcdef0123456789abcdef0123";

    private Accounts() {
    }

    static AccountView alice() {
        return new AccountView(UserId.of(7), "6f1c2a1e-1111-4222-8333-944455556666", "alice", "Alice", "/a.png",
                Role.USER, UserStatus.ENABLED, null, DeviceInfo.UNKNOWN, "{\"chatset\":{}}", 1, "13800000000",
                "alice@example.com", LAST_LOGIN, "10.0.0.1", "10.0.0.2", CREATED, CREATED, UPDATED);
    }

    static AccountView visitor() {
        return new AccountView(UserId.of(9), "7f1c2a1e-1111-4222-8333-944455556666", "VIS01234567", "", "/v.png",
                Role.VISITOR, UserStatus.ENABLED, DEVICE, new DeviceInfo("web", "iPhone", "iOS 17", "Apple"), "", 0,
                null, null, LAST_LOGIN, "10.0.0.3", "10.0.0.3", CREATED, CREATED, UPDATED);
    }

    static LoginResult loggedIn(AccountView account) {
        return new LoginResult(account, "token-of-" + account.username());
    }

    static AuthenticatedUser asUser() {
        return new AuthenticatedUser(alice(), Role.USER, new SessionId("s-alice"));
    }

    static AuthenticatedUser asVisitor() {
        return new AuthenticatedUser(visitor(), Role.VISITOR, new SessionId("s-visitor"));
    }
}
