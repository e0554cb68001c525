package io.parley.chat.domain.shared;

/** Which page of a list: {@code page} from 1, {@code limit} rows a page, clamped to {@code maxLimit}. */
public record PageRequest(int page, int limit) {
    public PageRequest {
        Ensure.range("page", page, 1, Integer.MAX_VALUE);
        Ensure.range("limit", limit, 1, Integer.MAX_VALUE);
    }

    public static PageRequest of(int page, int limit, int maxLimit) {
        return new PageRequest(page, Math.min(limit, maxLimit));
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
