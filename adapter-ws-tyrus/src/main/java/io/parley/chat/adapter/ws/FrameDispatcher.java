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
 * would close the socket for it.
 */
final class FrameDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(FrameDispatcher.class);
    private static final String LITERAL_PING = "ping";

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
        try {
            handlers.get(type).handle(from, frame);
        } catch (DomainException refused) {
            from.send(from.frames().failed(refused, frame.get("client_msg_id"), from.language()));
        } catch (RuntimeException broken) {
            LOG.error("handling a '{}' frame from {} failed", type, from, broken);
            from.send(from.frames().failed(new DomainException(ReasonCode.INTERNAL_ERROR), frame.get("client_msg_id"),
                    from.language()));
        }
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
