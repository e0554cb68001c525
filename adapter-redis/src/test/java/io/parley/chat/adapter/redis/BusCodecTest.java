package io.parley.chat.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.contract.MessageBusContract;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusCodecTest {
    private static final UserId RITA = UserId.of(2);
    private final BusCodec codec = new BusCodec();

    private static Message message() {
        return new Message(new MessageId("6f1c2a1e-1111-4222-8333-944455556666"), 3, 9, 1, "Sam", "", "uuid-1", 2,
                "Rita", "", ChatType.SINGLE, "text", MessageData.text("hi"), null, new ClientMessageId("c-1"),
                Instant.parse("2024-06-01T10:00:00.5Z"), false);
    }

    @Test
    void writeTheVersionKindAndUserOnTop() throws Exception {
        var tree = new ObjectMapper().readTree(codec.pendingDelivery(RITA));

        assertEquals(1, tree.get("v").asInt());
        assertEquals("pending", tree.get("kind").asText());
        assertEquals(2, tree.get("user").asLong());
    }

    @Test
    void readBackWhatItWrote() {
        MessageBusContract.Listener listener = new MessageBusContract.Listener();

        codec.read(codec.message(RITA, message())).accept(listener);

        assertEquals(List.of(new MessageBusContract.Heard("message", RITA, message())), listener.heardSoFar());
    }

    @Test
    void refuseAnotherVersion() {
        String later = codec.pendingDelivery(RITA).replace("\"v\":1", "\"v\":2");

        assertThrows(BusCodec.UnreadablePublication.class, () -> codec.read(later));
    }

    @Test
    void refuseWhatItCannotRead() {
        assertThrows(BusCodec.UnreadablePublication.class, () -> codec.read("not json"));
        assertThrows(BusCodec.UnreadablePublication.class, () -> codec.read("[1]"));
        assertThrows(BusCodec.UnreadablePublication.class, () -> codec.read("{\"v\":1,\"kind\":\"dance\",\"user\":2}"));
        assertThrows(BusCodec.UnreadablePublication.class, () -> codec.read("{\"v\":1,\"kind\":\"pending\"}"));
        assertThrows(BusCodec.UnreadablePublication.class,
                () -> codec.read("{\"v\":1,\"kind\":\"closeAll\",\"user\":2,\"reason\":\"BORED\"}"));
        assertThrows(BusCodec.UnreadablePublication.class,
                () -> codec.read("{\"v\":1,\"kind\":\"message\",\"user\":2,\"message\":{\"id\":\"short\"}}"));
    }
}
