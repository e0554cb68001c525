package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.GetHistoryUseCase;
import io.parley.chat.application.port.in.HistoryQuery;
import io.parley.chat.application.port.in.ListConversationsUseCase;
import io.parley.chat.application.port.in.MarkReadCommand;
import io.parley.chat.application.port.in.MarkReadUseCase;
import io.parley.chat.domain.user.UserId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * Reading one's conversations (API.md j.4, j.9): a page of history, the list of my conversations, and how far I
 * have read. {@link ChatAuthFilter} has identified the caller; every parameter goes to the core as text.
 */
@Path("/api/chat")
public final class ConversationsResource {
    private final GetHistoryUseCase history;
    private final ListConversationsUseCase conversations;
    private final MarkReadUseCase markRead;
    private final ObjectMapper mapper;

    ConversationsResource(RestApi.UseCases useCases, ObjectMapper mapper) {
        this.history = useCases.history();
        this.conversations = useCases.conversations();
        this.markRead = useCases.markRead();
        this.mapper = mapper;
    }

    /** {@code ?chatType=&id=&before_seq=&limit=}: newest first, {@code before_seq} exclusive. */
    @GET
    @Path("history")
    public Response history(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        HistoryQuery query = HistoryQuery.of(caller(request), p.get("chatType"), p.get("id"), p.get("before_seq"),
                p.get("limit"));
        return ApiResponses.ok(HistoryResponse.of(history.history(query), mapper));
    }

    /** My conversations, most recent first. */
    @GET
    @Path("conversations")
    public Response conversations(@Context ContainerRequestContext request) {
        return ApiResponses.ok(conversations.conversations(caller(request)).stream()
                .map(view -> ConversationResponse.of(view, mapper))
                .toList());
    }

    /** {@code {chatType, id, seq}}: I have read up to {@code seq}; the peer hears it on their socket. */
    @POST
    @Path("read")
    public Response read(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        markRead.markRead(MarkReadCommand.of(caller(request), p.get("chatType"), p.get("id"), p.get("seq")));
        return ApiResponses.ok("ok");
    }

    private static UserId caller(ContainerRequestContext request) {
        return ChatAuthFilter.callerOf(request).id();
    }
}
