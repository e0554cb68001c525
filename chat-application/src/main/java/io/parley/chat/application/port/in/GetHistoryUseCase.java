package io.parley.chat.application.port.in;

/**
 * A page of a conversation's history, for its participants only: in a one-to-one chat the caller is one of the two
 * by construction (the conversation of the caller and {@code id}); an unknown peer → {@code USER_NOT_FOUND}. Group
 * history comes with groups ({@code NOT_SUPPORTED} until then).
 */
public interface GetHistoryUseCase {
    HistoryPage history(HistoryQuery query);
}
