package io.parley.chat.domain.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class FriendshipTest {
    private final Friendship entry = new Friendship(5, UserId.of(1), UserId.of(2), "Benny", true, false, false);

    @Test
    void toggleTheStarAndNothingElse() {
        Friendship starred = entry.withStarToggled();

        assertEquals(new Friendship(5, UserId.of(1), UserId.of(2), "Benny", true, false, true), starred);
        assertFalse(starred.withStarToggled().starred());
        assertEquals(entry, starred.withStarToggled());
    }

    @Test
    void setBothVisibilityFlagsAndNothingElse() {
        Friendship changed = entry.withStarToggled().withVisibility(false, true);

        assertEquals(new Friendship(5, UserId.of(1), UserId.of(2), "Benny", false, true, true), changed);
        assertEquals(changed, changed.withVisibility(false, true));
    }

    @Test
    void noRemarkIsAnEmptyRemark() {
        Friendship unnamed = new Friendship(6, UserId.of(1), UserId.of(3), null, true, true, false);

        assertEquals("", unnamed.remark());
        assertFalse(unnamed.hasRemark());
        assertTrue(entry.hasRemark());
    }
}
