package io.parley.chat.application.port.in;

/** #25: the owner renames a group that takes writes; every member row hears N-3b. */
public interface RenameGroupUseCase {
    void rename(GroupTextCommand command);
}
