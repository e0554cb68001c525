package io.parley.chat.application.port.in;

import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import java.util.Objects;

/**
 * {@code GET /api/chat/history?chatType=&id=&before_seq=&limit=} (API.md j.4, j.9): a page of a conversation, newest
 * first. {@code limit} defaults to 30 and is clamped to 100; {@code beforeSeq} is exclusive, {@code null} = newest.
 */
public record HistoryQuery(UserId caller, ChatType chatType, long id, Long beforeSeq, int limit) {
    public static final int DEFAULT_LIMIT = 30;
    public static final int MAX_LIMIT = 100;

    public HistoryQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(chatType, "chatType");
        Ensure.range("id", id, 1, Long.MAX_VALUE);
        Ensure.range("limit", limit, 1, MAX_LIMIT);
    }

    public static HistoryQuery of(UserId caller, String chatType, String id, String beforeSeq, String limit) {
        ChatType kind = ChatType.fromWireName(Ensure.present("chatType", chatType))
                .orElseThrow(() -> new ValidationException("chatType", Problem.NOT_ONE_OF, "single, group"));
        long peer = Numbers.positive("id", id);
        Long before = beforeSeq == null || beforeSeq.isEmpty() ? null : Numbers.positive("before_seq", beforeSeq);
        int pageSize = limit == null || limit.isEmpty() ? DEFAULT_LIMIT
                : (int) Math.min(Numbers.positive("limit", limit), MAX_LIMIT);
        return new HistoryQuery(caller, kind, peer, before, pageSize);
    }
}
