package io.parley.chat.application.port.in;

/** #16: block the friend if not blocked, else unblock; the friend must be in my contacts ({@code NOT_FRIENDS}). */
public interface ToggleBlacklistUseCase {
    /** @return whether the friend is blocked now */
    boolean toggleBlacklist(RelationCommand command);
}
