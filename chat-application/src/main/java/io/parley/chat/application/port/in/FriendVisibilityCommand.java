package io.parley.chat.application.port.in;

import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/** #18: may the friend see my moments ({@code friendlookme}), do theirs show in my feed ({@code melookfriend}); 0 or 1. */
public record FriendVisibilityCommand(UserId owner, UserId friend, boolean friendSeesMe, boolean iSeeFriend) {
    public FriendVisibilityCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(friend, "friend");
    }

    public static FriendVisibilityCommand of(UserId owner, String friendId, String friendlookme, String melookfriend) {
        RelationCommand pair = RelationCommand.of(owner, friendId);
        return new FriendVisibilityCommand(owner, pair.target(), flag("friendlookme", friendlookme),
                flag("melookfriend", melookfriend));
    }

    private static boolean flag(String field, String value) {
        long number = Numbers.atLeastZero(field, value);
        if (number > 1) {
            throw new ValidationException(field, Problem.NOT_ONE_OF, "0, 1");
        }
        return number == 1;
    }
}
