package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.GetGroupQrTextUseCase;
import io.parley.chat.application.port.in.GetUserQrTextUseCase;
import io.parley.chat.application.port.in.GroupCommand;
import io.parley.chat.application.port.in.QrCodeQuery;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.user.UserId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The QR codes (API.md c.3 #33, j.6, j.9): a group's, for its members, and my own. Both answer a PNG; the core
 * decides what the code says ({@code type=H5} with {@code http} for a link into the web client, else JSON), and a
 * refusal answers the JSON envelope like any other.
 */
@Path("/api/chat")
public final class QrCodesResource {
    private static final String PNG = "image/png";
    private static final String NOT_STORED = "no-store";

    private final GetGroupQrTextUseCase groupQrText;
    private final GetUserQrTextUseCase userQrText;

    QrCodesResource(RestApi.UseCases useCases) {
        this.groupQrText = useCases.groupQrText();
        this.userQrText = useCases.userQrText();
    }

    /** #33 the code that lets someone join group {@code :id}; the page usually loads it with {@code ?token=}. */
    @GET
    @Path("groupQrcode/{id}")
    public Response groupQrcode(@Context ContainerRequestContext request, @PathParam("id") String id) {
        UserId caller = caller(request);
        GroupId group = GroupCommand.of(caller, "id", id).group();
        return png(groupQrText.groupQrText(query(request, caller, group.value())));
    }

    /** {@code userQrcode}: the code that lets someone find me. */
    @GET
    @Path("userQrcode")
    public Response userQrcode(@Context ContainerRequestContext request) {
        UserId caller = caller(request);
        return png(userQrText.userQrText(query(request, caller, 0)));
    }

    private static QrCodeQuery query(ContainerRequestContext request, UserId caller, long id) {
        RequestParams p = RequestParams.of(request);
        return new QrCodeQuery(caller, id, p.get("type"), p.get("http"), p.get("chatType"));
    }

    private static Response png(String text) {
        // the address holds the caller's token, and the code the group's current name: no cache keeps either
        return Response.ok(QrCodePng.of(text), PNG).header(HttpHeaders.CACHE_CONTROL, NOT_STORED).build();
    }

    private static UserId caller(ContainerRequestContext request) {
        return ChatAuthFilter.callerOf(request).id();
    }
}
