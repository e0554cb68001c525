package io.parley.chat.application.port.out;

import io.parley.chat.domain.relation.SenderRelations;
import io.parley.chat.domain.user.UserId;

/**
 * The relations between a sender and a recipient, in one read (one transaction, a few queries), because every
 * message needs them all: reading them one port call at a time cost the send path five transactions.
 */
public interface LoadSenderRelationsPort {
    SenderRelations between(UserId sender, UserId recipient);
}
