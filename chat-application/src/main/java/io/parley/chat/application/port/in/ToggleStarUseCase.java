package io.parley.chat.application.port.in;

/** #17: stars or unstars a contact I do not block; {@code NOT_FRIENDS} for anyone else (j.10). */
public interface ToggleStarUseCase {
    void toggleStar(RelationCommand command);
}
