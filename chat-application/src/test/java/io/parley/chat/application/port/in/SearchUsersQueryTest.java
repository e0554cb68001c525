package io.parley.chat.application.port.in;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class SearchUsersQueryTest {
    private static final UserId ANN = UserId.of(1);
    private static final PageRequest FIRST = new PageRequest(1, SearchUsersQuery.DEFAULT_LIMIT);

    @Test
    void keepTheTrimmedKeyword() {
        assertEquals("bob", new SearchUsersQuery(ANN, "  bob ", FIRST).keyword());
        assertEquals("%_", new SearchUsersQuery(ANN, "%_", FIRST).keyword());
    }

    @Test
    void refuseAMissingOrBlankKeyword() {
        assertInvalid("keyword", Problem.REQUIRED, () -> new SearchUsersQuery(ANN, null, FIRST));
        assertInvalid("keyword", Problem.REQUIRED, () -> new SearchUsersQuery(ANN, "   ", FIRST));
    }

    @Test
    void refuseAKeywordOverFiftyCharacters() {
        assertEquals(50, new SearchUsersQuery(ANN, "k".repeat(50), FIRST).keyword().length());
        assertInvalid("keyword", Problem.LENGTH, () -> new SearchUsersQuery(ANN, "k".repeat(51), FIRST));
    }
}
