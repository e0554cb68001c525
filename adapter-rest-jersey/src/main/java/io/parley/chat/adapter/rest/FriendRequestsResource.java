package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.ApplyFriendCommand;
import io.parley.chat.application.port.in.ApplyFriendUseCase;
import io.parley.chat.application.port.in.AutoAddFriendUseCase;
import io.parley.chat.application.port.in.GetPendingRequestUseCase;
import io.parley.chat.application.port.in.HandleFriendRequestCommand;
import io.parley.chat.application.port.in.HandleFriendRequestUseCase;
import io.parley.chat.application.port.in.ListFriendRequestsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.PendingRequestQuery;
import io.parley.chat.application.port.in.SearchUsersQuery;
import io.parley.chat.application.port.in.SearchUsersUseCase;
import io.parley.chat.domain.user.UserId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;

/**
 * Finding someone and asking them to be friends (API.md c.3 #7, #9, #11–#13, #41; j.6): {@link ChatAuthFilter} has
 * identified the caller, and every parameter goes to the core's commands as text.
 */
@Path("/api/chat")
public final class FriendRequestsResource {
    private static final String FIRST_PAGE = "1";

    private final SearchUsersUseCase searchUsers;
    private final GetPendingRequestUseCase pendingRequest;
    private final ApplyFriendUseCase applyFriend;
    private final ListFriendRequestsUseCase listFriendRequests;
    private final HandleFriendRequestUseCase handleFriendRequest;
    private final AutoAddFriendUseCase autoAddFriend;
    private final ZoneId serverZone;

    FriendRequestsResource(RestApi.UseCases useCases, ZoneId serverZone) {
        this.searchUsers = useCases.searchUsers();
        this.pendingRequest = useCases.pendingRequest();
        this.applyFriend = useCases.applyFriend();
        this.listFriendRequests = useCases.listFriendRequests();
        this.handleFriendRequest = useCases.handleFriendRequest();
        this.autoAddFriend = useCases.autoAddFriend();
        this.serverZone = serverZone;
    }

    /**
     * #7 registered users whose username contains {@code keyword}. The seed had no paging; {@code page} and
     * {@code limit} (query or body) are optional and default to the first 20.
     */
    @POST
    @Path("searchUser")
    public Response searchUser(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        String page = p.get(PageParameters.PAGE);
        SearchUsersQuery query = new SearchUsersQuery(caller(request), p.get("keyword"),
                PageParameters.of(page == null || page.isEmpty() ? FIRST_PAGE : page, p.get(PageParameters.LIMIT),
                        SearchUsersQuery.DEFAULT_LIMIT, SearchUsersQuery.MAX_LIMIT));
        return ApiResponses.ok(searchUsers.search(query).stream().map(FoundUserResponse::of).toList());
    }

    /** #9 the request that user ({@code :uuid}) made to me and I have not decided on yet. */
    @POST
    @Path("isApplyfriend/{uuid}")
    public Response pendingRequest(@Context ContainerRequestContext request, @PathParam("uuid") String uuid) {
        return ApiResponses.ok(FriendRequestResponse.of(
                pendingRequest.pendingRequest(new PendingRequestQuery(caller(request), uuid))));
    }

    /** #11 ask {@code friend_id} to be friends, with the words {@code nickname}; they hear it (N-1). */
    @POST
    @Path("applyfriend")
    public Response applyFriend(@Context ContainerRequestContext request) {
        applyFriend.apply(applyCommand(request));
        return ApiResponses.ok("ok");
    }

    /** #12 the requests addressed to me, newest first, and how many of them wait. */
    @GET
    @Path("listapplyfriend/{page}")
    public Response listFriendRequests(@Context ContainerRequestContext request, @PathParam("page") String page) {
        ListUsersQuery query = new ListUsersQuery(caller(request), PageParameters.of(page,
                RequestParams.of(request).get(PageParameters.LIMIT), ListFriendRequestsUseCase.DEFAULT_LIMIT,
                ListFriendRequestsUseCase.MAX_LIMIT));
        return ApiResponses.ok(FriendRequestsResponse.of(listFriendRequests.requests(query), serverZone));
    }

    /** #13 decide on request {@code :id} with {@code status}; agreeing names the applicant {@code nickname}. */
    @POST
    @Path("handleapply/{id}")
    public Response handleFriendRequest(@Context ContainerRequestContext request, @PathParam("id") String id) {
        RequestParams p = RequestParams.of(request);
        handleFriendRequest.handle(HandleFriendRequestCommand.of(caller(request), id, p.get("status"),
                p.get("nickname")));
        return ApiResponses.ok("ok");
    }

    /** #41 befriend {@code friend_id} at once, when they accept friends without approval. */
    @POST
    @Path("autoAddFriendAndAgree")
    public Response autoAddFriend(@Context ContainerRequestContext request) {
        autoAddFriend.autoAdd(applyCommand(request));
        return ApiResponses.ok("ok");
    }

    private static ApplyFriendCommand applyCommand(ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        return ApplyFriendCommand.of(caller(request), p.get("friend_id"), p.get("nickname"));
    }

    private static UserId caller(ContainerRequestContext request) {
        return ChatAuthFilter.callerOf(request).id();
    }
}
