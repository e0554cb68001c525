package io.parley.chat.domain.relation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import org.junit.jupiter.api.Test;

class RelationRulesTest {
    @Test
    void refuseARelationOfAUserWithThemself() {
        DomainException refused = assertThrows(DomainException.class,
                () -> RelationRules.requireTwoUsers(UserId.of(7), UserId.of(7)));
        assertEquals(ReasonCode.SELF_NOT_ALLOWED, refused.reason());
    }

    @Test
    void allowARelationBetweenTwoUsers() {
        assertDoesNotThrow(() -> RelationRules.requireTwoUsers(UserId.of(7), UserId.of(8)));
    }
}
