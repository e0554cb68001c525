package io.parley.chat.application.port.in;

import java.util.Objects;

/** A started session: the account and the token that proves it. */
public record LoginResult(AccountView account, String token) {
    public LoginResult {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(token, "token");
    }
}
