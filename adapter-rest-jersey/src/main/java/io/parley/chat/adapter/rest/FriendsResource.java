package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.DeleteFriendUseCase;
import io.parley.chat.application.port.in.FriendVisibilityCommand;
import io.parley.chat.application.port.in.GetFriendInfoUseCase;
import io.parley.chat.application.port.in.GetUserSetInfoUseCase;
import io.parley.chat.application.port.in.ListFriendsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.SetFriendVisibilityUseCase;
import io.parley.chat.application.port.in.ToggleStarUseCase;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.user.UserId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * My contacts (API.md c.3 #14, #15, #17, #18, #38, #40; j.6): every {@code :id} is the friend's user id, read by
 * {@link RelationCommand}. Blocking a contact (#16) and #19 live with the other relations in
 * {@link RelationsResource}.
 */
@Path("/api/chat")
public final class FriendsResource {
    private final ListFriendsUseCase listFriends;
    private final GetFriendInfoUseCase friendInfo;
    private final ToggleStarUseCase toggleStar;
    private final SetFriendVisibilityUseCase setFriendVisibility;
    private final DeleteFriendUseCase deleteFriend;
    private final GetUserSetInfoUseCase userSetInfo;

    FriendsResource(RestApi.UseCases useCases) {
        this.listFriends = useCases.listFriends();
        this.friendInfo = useCases.friendInfo();
        this.toggleStar = useCases.toggleStar();
        this.setFriendVisibility = useCases.setFriendVisibility();
        this.deleteFriend = useCases.deleteFriend();
        this.userSetInfo = useCases.userSetInfo();
    }

    /** #14 my contacts, grouped by the initial of their name. */
    @GET
    @Path("goodfriendlist/{page}")
    public Response friendList(@Context ContainerRequestContext request, @PathParam("page") String page) {
        ListUsersQuery query = new ListUsersQuery(caller(request), PageParameters.of(page,
                RequestParams.of(request).get(PageParameters.LIMIT), ListFriendsUseCase.DEFAULT_LIMIT,
                ListFriendsUseCase.MAX_LIMIT));
        return ApiResponses.ok(FriendListResponse.of(listFriends.friends(query)));
    }

    /** #15 my entry for that contact, with their profile. */
    @GET
    @Path("getgoodfriendinfo/{id}")
    public Response friendInfo(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return ApiResponses.ok(FriendInfoResponse.of(friendInfo.friendInfo(command(request, id))));
    }

    /** #17 star the contact, or unstar them. */
    @POST
    @Path("setstargoodfriend/{id}")
    public Response toggleStar(@Context ContainerRequestContext request, @PathParam("id") String id) {
        toggleStar.toggleStar(command(request, id));
        return ApiResponses.ok("ok");
    }

    /** #18 {@code friendlookme} and {@code melookfriend}, both required, each 0 or 1. */
    @POST
    @Path("setmeOrfriendCanSee/{id}")
    public Response setVisibility(@Context ContainerRequestContext request, @PathParam("id") String id) {
        RequestParams p = RequestParams.of(request);
        setFriendVisibility.setVisibility(FriendVisibilityCommand.of(caller(request), id, p.get("friendlookme"),
                p.get("melookfriend")));
        return ApiResponses.ok("ok");
    }

    /** #38 end the friendship both ways; the answer is a sentence in the caller's language. */
    @POST
    @Path("deletegoodfriend/{id}")
    public Response deleteFriend(@Context ContainerRequestContext request, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        deleteFriend.deleteFriend(command(request, id));
        return ApiResponses.ok(ChatText.FRIEND_DELETED.text(RequestLanguage.of(acceptLanguage)));
    }

    /** #40 {@code userid}'s settings and whether they have me in their contacts. */
    @POST
    @Path("getUserSetInfo")
    public Response userSetInfo(@Context ContainerRequestContext request) {
        String userid = RequestParams.of(request).get("userid");
        return ApiResponses.ok(UserSetInfoResponse.of(
                userSetInfo.userSetInfo(RelationCommand.of(caller(request), "userid", userid))));
    }

    private static RelationCommand command(ContainerRequestContext request, String id) {
        return RelationCommand.of(caller(request), id);
    }

    private static UserId caller(ContainerRequestContext request) {
        return ChatAuthFilter.callerOf(request).id();
    }
}
