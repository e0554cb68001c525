package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a client frame into a call of the handler for its {@code type}. Whatever goes wrong is answered on the same
 * socket with a {@code fail} frame and the socket stays open (API.md j.5, j.9); nothing escapes to Tyrus, which
 * would close the socket for it. Frames that call a use case wait their turn on the connection's {@link SerialWork};
 * a client that lets more of them pile up than the queue holds is closed with 1013.
 */
final class FrameDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(FrameDispatcher.class);
    private static final String LITERAL_PING = "ping";
    private static final String CLIENT_MSG_ID = "client_msg_id";

    private final ObjectMapper json;
    private final Map<String, FrameHandler> handlers;

    FrameDispatcher(ObjectMapper json, List<FrameHandler> handlers) {
        this.json = json;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(FrameHandler::type, Function.identity()));
    }

    void text(ChatConnection from, String text) {
        if (LITERAL_PING.equals(text.trim())) {
            // the later seed client sends the bare word
            dispatch(from, LITERAL_PING, json.createObjectNode().put("type", LITERAL_PING));
            return;
        }
        ObjectNode frame = parse(text);
        JsonNode type = frame == null ? null : frame.get("type");
        if (type == null || !type.isTextual() || !handlers.containsKey(type.textValue())) {
            badFrame(from);
            return;
        }
        dispatch(from, type.textValue(), frame);
    }

    /** Binary frames carry the same JSON as UTF-8 (API.md d.3, j.10); bytes that are not UTF-8 are a bad frame. */
    void binary(ChatConnection from, ByteBuffer bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            badFrame(from);
            return;
        }
        text(from, text);
    }

    private void dispatch(ChatConnection from, String type, ObjectNode frame) {
        FrameHandler handler = handlers.get(type);
        if (!handler.callsUseCase()) {
            handle(from, handler, frame);
        } else if (!from.work().submit(() -> handle(from, handler, frame))) {
            // the client sends work faster than it is done; it has to come back once the node has caught up
            LOG.info("{} has too many frames waiting; closing it", from);
            from.close(SocketClose.TRY_AGAIN_LATER);
        }
    }

    private void handle(ChatConnection from, FrameHandler handler, ObjectNode frame) {
        try {
            handler.handle(from, frame);
        } catch (DomainException refused) {
            from.send(from.frames().failed(refused, clientMsgId(frame), from.language()));
        } catch (RuntimeException broken) {
            LOG.error("handling a '{}' frame from {} failed", handler.type(), from, broken);
            from.send(from.frames().failed(new DomainException(ReasonCode.INTERNAL_ERROR), clientMsgId(frame),
                    from.language()));
        }
    }

    /** The client's id for the frame: at the top level, or among the {@code send} parameters (j.9). */
    static JsonNode clientMsgId(ObjectNode frame) {
        JsonNode topLevel = frame.get(CLIENT_MSG_ID);
        if (topLevel != null && !topLevel.isNull()) {
            return topLevel;
        }
        JsonNode params = frame.get("params");
        return params == null ? null : params.get(CLIENT_MSG_ID);
    }

    private ObjectNode parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node instanceof ObjectNode ? (ObjectNode) node : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private void badFrame(ChatConnection from) {
        from.send(from.frames().failed(ReasonCode.BAD_FRAME, from.language()));
    }
}
