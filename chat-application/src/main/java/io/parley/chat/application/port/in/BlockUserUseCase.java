package io.parley.chat.application.port.in;

/** Block any user, friend or not, visitors included: their messages to me are refused with {@code BLACKLISTED}. */
public interface BlockUserUseCase {
    void block(RelationCommand command);
}
