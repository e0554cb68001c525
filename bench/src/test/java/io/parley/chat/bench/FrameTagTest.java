package io.parley.chat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameTagTest {
    private final FrameTag tag = new FrameTag();

    @Test
    void readsTheTagOfARawRouterFrame() {
        String frame = "{\"to\":7,\"id\":\"" + FrameTag.append(new StringBuilder(), 3, 1234, 987654321012L)
                + "\",\"p\":\"text\"}";

        assertTrue(tag.read(frame, FrameTag.RAW_KEY));
        assertEquals(3, tag.step());
        assertEquals(1234, tag.seq());
        assertEquals(987654321012L, tag.intendedNanos());
    }

    @Test
    void readsTheClientMessageIdOfParleysDelivery() {
        String frame = "{\"type\":\"singleChat\",\"data\":{\"id\":\"5b0e2c4e-8a2f-4f8e-9a57-2f0d8e6b1a90\","
                + "\"data\":\"hello\",\"seq\":4,\"client_msg_id\":\"12.40.5000\"},\"timestamp\":1}";

        assertTrue(tag.read(frame, FrameTag.PARLEY_KEY));
        assertEquals(12, tag.step());
        assertEquals(40, tag.seq());
        assertEquals(5000, tag.intendedNanos());
    }

    @Test
    void aValueThatIsNotATagIsNotRead() {
        assertFalse(tag.read("{\"client_msg_id\":\"c-1\"}", FrameTag.PARLEY_KEY));
        assertFalse(tag.read("{\"client_msg_id\":\"1.2\"}", FrameTag.PARLEY_KEY));
        assertFalse(tag.read("{\"client_msg_id\":null}", FrameTag.PARLEY_KEY));
        assertFalse(tag.read("{\"type\":\"pong\"}", FrameTag.PARLEY_KEY));
    }

    @Test
    void readsFromAnyCharSequence() {
        StringBuilder frame = new StringBuilder("{\"to\":1,\"id\":\"0.0.42\"}");

        assertTrue(tag.read(frame, FrameTag.RAW_KEY));
        assertEquals(42, tag.intendedNanos());
        assertTrue(FrameTag.startsWith(frame, "{\"to\":"));
    }
}
