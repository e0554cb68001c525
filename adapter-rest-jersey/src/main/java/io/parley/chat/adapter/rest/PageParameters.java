package io.parley.chat.adapter.rest;

import io.parley.chat.domain.shared.Ensure;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;

/**
 * The {@code :page} path parameter and {@code ?limit=} query parameter of the list endpoints (API.md c.1
 * "Pagination", j.9 "Lists"): page from 1, limit from 1, a limit above the maximum read as the maximum, an absent
 * or empty limit as the default. Anything else is a validation failure on {@code page} or {@code limit}.
 */
final class PageParameters {
    static final String PAGE = "page";
    static final String LIMIT = "limit";

    private PageParameters() {
    }

    static PageRequest of(String page, String limit, int defaultLimit, int maxLimit) {
        int pageNumber = (int) Ensure.range(PAGE, wholeNumber(PAGE, Ensure.present(PAGE, page)), 1,
                Integer.MAX_VALUE);
        int rows = limit == null || limit.isEmpty() ? defaultLimit
                : (int) Math.min(Ensure.range(LIMIT, wholeNumber(LIMIT, limit), 1, Long.MAX_VALUE), maxLimit);
        return PageRequest.of(pageNumber, rows, maxLimit);
    }

    private static long wholeNumber(String field, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notANumber) {
            throw new ValidationException(field, Problem.NOT_INTEGER);
        }
    }
}
