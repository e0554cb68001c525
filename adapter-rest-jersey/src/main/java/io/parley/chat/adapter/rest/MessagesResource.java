package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.DeliverPendingUseCase;
import io.parley.chat.application.port.in.RecallMessageCommand;
import io.parley.chat.application.port.in.RecallMessageUseCase;
import io.parley.chat.application.port.in.SendMessageCommand;
import io.parley.chat.application.port.in.SendMessageUseCase;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.user.UserId;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Sending, the offline queue and recall (API.md c.3 "Messaging" #20, #21, #37, j.4); {@link ChatAuthFilter} has
 * identified the caller.
 */
@Path("/api/chat")
public final class MessagesResource {
    private final SendMessageUseCase sendMessage;
    private final DeliverPendingUseCase deliverPending;
    private final RecallMessageUseCase recallMessage;
    private final ObjectMapper mapper;

    MessagesResource(RestApi.UseCases useCases, ObjectMapper mapper) {
        this.sendMessage = useCases.sendMessage();
        this.deliverPending = useCases.deliverPending();
        this.recallMessage = useCases.recallMessage();
        this.mapper = mapper;
    }

    /** #20 send a message; the answer comes once it is stored, and is the message itself. */
    @POST
    @Path("socket/sendmessage")
    public Response send(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        UserId sender = ChatAuthFilter.callerOf(request).id();
        Message sent = sendMessage.send(SendMessageCommand.of(sender, p.get("sendto_id"), p.get("chatType"),
                p.get("type"), p.get("data"), ClientOptions.read(p.get("options"), mapper), p.get("client_msg_id")));
        return ApiResponses.ok(MessageJson.of(sent, mapper));
    }

    /** #21 push my undelivered messages to my socket; they arrive there, not in this answer. */
    @POST
    @Path("chatGetmessageOffLine")
    public Response deliverPending(@Context ContainerRequestContext request) {
        deliverPending.deliverPending(ChatAuthFilter.callerOf(request).id());
        return ApiResponses.ok("ok");
    }

    /**
     * #37 recall one of my messages: {@code id} required, {@code to_id} and {@code chatType} checked against the
     * stored message when given; the seed's {@code to_name}, {@code to_avatar}, {@code create_time} are ignored (j.9).
     * The answer is the recall notice (N-6) the peer receives too.
     */
    @POST
    @Path("revokeMessage")
    public Response recall(@Context ContainerRequestContext request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RequestParams p = RequestParams.of(request);
        UserId caller = ChatAuthFilter.callerOf(request).id();
        Message recalled = recallMessage.recall(RecallMessageCommand.of(caller, p.get("id"), p.get("to_id"),
                p.get("chatType")));
        return ApiResponses.ok(MessageJson.recallNotice(recalled, RequestLanguage.of(acceptLanguage), mapper));
    }
}
