package io.parley.chat.application.port.in;

/**
 * A page of a conversation's history, for its participants only: in a one-to-one chat the caller is one of the two
 * by construction (the conversation of the caller and {@code id}); an unknown peer → {@code USER_NOT_FOUND}. A group's
 * history is for its members (not those still waiting), from the moment each joined, and stays readable when the
 * group is locked or dissolved.
 */
public interface GetHistoryUseCase {
    HistoryPage history(HistoryQuery query);
}
