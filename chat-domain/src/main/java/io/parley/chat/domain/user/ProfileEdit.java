package io.parley.chat.domain.user;

import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.time.Instant;
import java.util.Optional;

/**
 * One change of a user's own profile through {@code updateUserinfo} (API.md #39): {@code fieldname} says what,
 * {@code fieldValue} the new value. The username never changes; unknown field names change nothing.
 */
public record ProfileEdit(Field field, String value) {
    public static final int MAX_NICKNAME = 30;
    public static final int MAX_AVATAR = 1000;

    public enum Field { NICKNAME, AVATAR, INVITE_CONFIRM, NONE }

    public static ProfileEdit of(String fieldname, String fieldValue) {
        Ensure.length("fieldname", fieldname, 1, 30);
        Ensure.present("fieldValue", fieldValue);
        switch (fieldname) {
            case "username":
                throw new ValidationException("fieldname", Problem.NOT_EDITABLE);
            case "nickname":
                return new ProfileEdit(Field.NICKNAME, Ensure.atMost("fieldValue", fieldValue, MAX_NICKNAME));
            case "avatar":
                return new ProfileEdit(Field.AVATAR, Ensure.atMost("fieldValue", fieldValue, MAX_AVATAR));
            case "invite_confirm":
                if (!fieldValue.equals("0") && !fieldValue.equals("1")) {
                    throw new ValidationException("fieldValue", Problem.NOT_ONE_OF, "0, 1");
                }
                return new ProfileEdit(Field.INVITE_CONFIRM, fieldValue);
            default:
                return new ProfileEdit(Field.NONE, fieldValue);
        }
    }

    public User applyTo(User user, Instant at) {
        return switch (field) {
            case NICKNAME -> user.withNickname(value, at);
            case AVATAR -> user.withAvatar(value, at);
            case INVITE_CONFIRM -> user.withInviteConfirm(Integer.parseInt(value), at);
            case NONE -> user;
        };
    }

    public boolean changesAnything() {
        return field != Field.NONE;
    }

    /** What the client is told on success; nothing for an unknown field (the seed answers ''). */
    public Optional<ChatText> confirmation() {
        return switch (field) {
            case NICKNAME -> Optional.of(ChatText.NICKNAME_UPDATED);
            case AVATAR -> Optional.of(ChatText.AVATAR_UPDATED);
            case INVITE_CONFIRM -> Optional.of(ChatText.SETTING_SAVED);
            case NONE -> Optional.empty();
        };
    }
}
