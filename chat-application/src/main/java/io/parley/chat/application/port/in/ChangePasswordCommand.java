package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.Password;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** #42: change my password; the new one typed twice. */
public record ChangePasswordCommand(UserId user, Password oldPassword, Password newPassword) {
    public ChangePasswordCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(oldPassword, "oldPassword");
        Objects.requireNonNull(newPassword, "newPassword");
    }

    public static ChangePasswordCommand of(UserId user, String oldpassword, String newpassword,
            String checknewpassword) {
        Password old = Password.forCheck("oldpassword", oldpassword);
        Password fresh = Password.of("newpassword", newpassword);
        if (!newpassword.equals(checknewpassword)) {
            throw new ValidationException("checknewpassword", Problem.MISMATCH, "newpassword");
        }
        return new ChangePasswordCommand(user, old, fresh);
    }
}
