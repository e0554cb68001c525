package io.parley.chat.application.port.in;

/** Lift my block of a user. */
public interface UnblockUserUseCase {
    void unblock(RelationCommand command);
}
