package io.parley.chat.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SendPolicyTest {

    @Test
    void allowOneMessageWithoutFollowingByDefault() {
        assertEquals(new SendPolicy(1, false), SendPolicy.DEFAULT);
        assertEquals(SendPolicy.ONE_MESSAGE, SendPolicy.DEFAULT.sendCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void acceptTheThreeSendCounts(int sendCount) {
        assertEquals(sendCount, new SendPolicy(sendCount, true).sendCount());
        assertTrue(SendPolicy.isValidSendCount(sendCount));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void refuseAnyOtherSendCount(int sendCount) {
        assertThrows(IllegalArgumentException.class, () -> new SendPolicy(sendCount, false));
        assertFalse(SendPolicy.isValidSendCount(sendCount));
    }

    @Test
    void refuseCountsBeyondTheIntRangeWithoutWrapping() {
        assertFalse(SendPolicy.isValidSendCount(1L << 32));
        assertFalse(SendPolicy.isValidSendCount((1L << 32) + 1));
        assertFalse(SendPolicy.isValidSendCount(Long.MIN_VALUE));
    }

    @Test
    void nameTheCounts() {
        assertEquals(0, SendPolicy.FORBIDDEN);
        assertEquals(1, SendPolicy.ONE_MESSAGE);
        assertEquals(2, SendPolicy.UNLIMITED);
    }
}
