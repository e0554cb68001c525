package io.parley.chat.domain.shared;

import java.util.List;
import java.util.Objects;

/** One page of a longer list, with the length of the whole list ({@code {count, rows}} on the wire). */
public record Page<T>(long count, List<T> rows) {
    public Page {
        Objects.requireNonNull(rows, "rows");
        rows = List.copyOf(rows);
    }
}
