package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.domain.message.ChatType;
import io.parley.chat.domain.message.ClientMessageId;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.message.MessageId;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The WebSocket frame work of every message: the server encoding the {@code singleChat} delivery and the
 * {@code sent} reply ({@link ServerFrames}, with the mapper {@link WsServer} configures), and decoding a client's
 * {@code send} frame through {@link FrameDispatcher} into the command the use case takes, as {@link SendReply} does.
 * It sits in the adapter's package because those classes are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrameCodecBenchmark {
    private static final String TEXT = "The quick brown fox jumps over the lazy dog while the benchmark counts every"
            + " single message it sends.";
    private static final String SEND_FRAME = "{\"type\":\"send\",\"client_msg_id\":\"c-1764064800000-42\","
            + "\"params\":{\"sendto_id\":2,\"chatType\":\"single\",\"type\":\"text\",\"data\":\"" + TEXT + "\"}}";

    private ServerFrames frames;
    private Message message;
    private JsonNode clientMsgId;
    private FrameDispatcher dispatcher;
    private ChatConnection connection;
    private final CommandCapture capture = new CommandCapture();

    @Setup
    public void setUp() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        frames = new ServerFrames(json, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        message = new Message(new MessageId("5b0e2c4e-8a2f-4f8e-9a57-2f0d8e6b1a90"), 1, 42, 1, "alice_01",
                "https://example.test/a.jpg", "0c6c3e0e-1111-4222-8333-444455556666", 2, "bob_02",
                "https://example.test/b.jpg", ChatType.SINGLE, "text", MessageData.text(TEXT), null,
                new ClientMessageId("c-1764064800000-42"), Instant.parse("2026-01-01T00:00:00Z"), false);
        clientMsgId = TextNode.valueOf("c-1764064800000-42");
        dispatcher = new FrameDispatcher(json, List.of(capture));
        connection = new ChatConnection("bench-1", UserId.of(1), Language.ZH, false, null, null, frames, () -> 0L);
    }

    @Benchmark
    public String encodeSingleChat() {
        return frames.singleChat(message, Language.ZH);
    }

    @Benchmark
    public String encodeSent() {
        return frames.sent(clientMsgId, message);
    }

    @Benchmark
    public SendMessageCommand decodeSend() {
        dispatcher.text(connection, SEND_FRAME);
        return capture.command;
    }

    /** Takes the {@code send} frame the way {@link SendReply} reads it, and keeps the command instead of storing. */
    private static final class CommandCapture implements FrameHandler {
        private SendMessageCommand command;

        @Override
        public String type() {
            return "send";
        }

        @Override
        public void handle(ChatConnection from, ObjectNode frame) {
            JsonNode params = frame.get("params");
            command = SendMessageCommand.of(from.user(), FrameValues.text(params.get("sendto_id")),
                    FrameValues.text(params.get("chatType")), FrameValues.text(params.get("type")),
                    FrameValues.text(params.get("data")), null,
                    FrameValues.text(FrameDispatcher.clientMsgId(frame)));
        }
    }
}
