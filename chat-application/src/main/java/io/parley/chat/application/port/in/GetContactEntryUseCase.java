package io.parley.chat.application.port.in;

/** #19: my contact entry for this user, if they are in my contacts and not blocked; else {@code NOT_FRIENDS}. */
public interface GetContactEntryUseCase {
    ContactEntryView contactEntry(RelationCommand command);
}
