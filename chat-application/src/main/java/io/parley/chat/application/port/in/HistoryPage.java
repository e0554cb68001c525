package io.parley.chat.application.port.in;

import io.parley.chat.domain.message.Message;
import java.util.List;

/** {@code {"rows":[…newest first], "has_more":…}}. */
public record HistoryPage(List<Message> rows, boolean hasMore) {
    public HistoryPage {
        rows = List.copyOf(rows);
    }
}
