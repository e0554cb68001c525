package io.parley.chat.adapter.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.ReadReceipt;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Language;
import io.parley.chat.domain.shared.ReasonCode;
import java.time.Clock;

/** The JSON text of every frame the server sends (API.md d.3, j.9), in the socket's language. */
final class ServerFrames {
    private final ObjectMapper json;
    private final Clock clock;
    private final MessageJson messages;
    private final String ping;

    ServerFrames(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        this.messages = new MessageJson(json);
        this.ping = write(json.createObjectNode().put("type", "ping"));
    }

    /** {@code {"type":"system","data":<welcome>,"timestamp":<ms>}}, right after a successful connect. */
    String welcome(Language language) {
        return write(json.createObjectNode()
                .put("type", "system")
                .put("data", ChatText.WELCOME.text(language))
                .put("timestamp", clock.millis()));
    }

    /** The heartbeat: {@code {"type":"ping"}}. */
    String ping() {
        return ping;
    }

    /** The answer to a client ping: {@code {"type":"pong","timestamp":<ms>}}. */
    String pong() {
        return write(json.createObjectNode().put("type", "pong").put("timestamp", clock.millis()));
    }

    /**
     * Every chat delivery (d.3): {@code {"type":"singleChat","data":<message>,"timestamp":<ms>}}; a recalled message
     * goes as its recall notice, in the socket's language.
     */
    String singleChat(Message message, Language language) {
        ObjectNode frame = json.createObjectNode().put("type", "singleChat");
        frame.set("data", messages.delivered(message, language));
        frame.put("timestamp", clock.millis());
        return write(frame);
    }

    /**
     * The answer to a client {@code send} (j.9): {@code {"type":"sent","client_msg_id":<echo>,"data":<message>}};
     * {@code client_msg_id} only when the client gave one.
     */
    String sent(JsonNode clientMsgId, Message message) {
        ObjectNode frame = json.createObjectNode().put("type", "sent");
        echo(frame, clientMsgId);
        frame.set("data", messages.of(message));
        return write(frame);
    }

    /**
     * The peer has read the conversation this far (j.9):
     * {@code {"type":"read","data":{"chatType":…,"id":…,"reader_id":…,"seq":…}}}, where {@code id} is the
     * conversation as the recipient names it (in a one-to-one chat: the reader).
     */
    String readReceipt(ReadReceipt receipt) {
        ObjectNode frame = json.createObjectNode().put("type", "read");
        frame.putObject("data")
                .put("chatType", receipt.chatType().wireName())
                .put("id", receipt.conversationPeerId())
                .put("reader_id", receipt.readerId())
                .put("seq", receipt.seq());
        return write(frame);
    }

    /** To the socket another login replaces: {@code {"msg":"force_logout","data":<text>}}. */
    String forceLogout(Language language) {
        return write(json.createObjectNode()
                .put("msg", "force_logout")
                .put("data", ChatText.FORCE_LOGOUT.text(language)));
    }

    /**
     * The seed's connect-time refusal (d.1) with the code Parley adds (j.10):
     * {@code {"msg":"fail","data":<text>,"code":<CODE>}}.
     */
    String refusal(ReasonCode code, Language language) {
        return write(json.createObjectNode()
                .put("msg", "fail")
                .put("data", code.handshakeText(language))
                .put("code", code.name()));
    }

    /**
     * The answer to a client frame that failed (j.9):
     * {@code {"type":"fail","msg":"fail","client_msg_id":<echo>,"code":<CODE>,"data":<text>,"field":<field>}};
     * {@code client_msg_id} only when the client gave one, {@code field} only for validation failures.
     */
    String failed(DomainException failure, JsonNode clientMsgId, Language language) {
        ObjectNode frame = json.createObjectNode().put("type", "fail").put("msg", "fail");
        echo(frame, clientMsgId);
        frame.put("code", failure.reason().name()).put("data", failure.text(language));
        failure.field().ifPresent(field -> frame.put("field", field));
        return write(frame);
    }

    String failed(ReasonCode code, Language language) {
        return failed(new DomainException(code), null, language);
    }

    private static void echo(ObjectNode frame, JsonNode clientMsgId) {
        if (clientMsgId != null && !clientMsgId.isNull() && !clientMsgId.isMissingNode()) {
            frame.set("client_msg_id", clientMsgId);
        }
    }

    private String write(ObjectNode frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException impossible) {
            // a tree built from strings, numbers and parsed JSON always serialises
            throw new IllegalStateException("cannot write frame", impossible);
        }
    }
}
