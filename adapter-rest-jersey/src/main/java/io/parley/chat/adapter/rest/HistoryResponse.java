package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.HistoryPage;
import java.util.List;

/**
 * A page of history (API.md j.9): {@code {"rows":[<message>…] (newest first), "has_more":…}}; a recalled message is
 * shown as stored ({@code isremove:1}, {@code data:""}), not as its recall notice.
 */
record HistoryResponse(List<MessageJson> rows, @JsonProperty("has_more") boolean hasMore) {
    static HistoryResponse of(HistoryPage page, ObjectMapper mapper) {
        return new HistoryResponse(page.rows().stream().map(m -> MessageJson.of(m, mapper)).toList(),
                page.hasMore());
    }
}
