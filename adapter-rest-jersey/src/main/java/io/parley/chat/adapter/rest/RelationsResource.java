package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.BlockUserUseCase;
import io.parley.chat.application.port.in.FollowUserUseCase;
import io.parley.chat.application.port.in.GetContactEntryUseCase;
import io.parley.chat.application.port.in.ListBlockedUseCase;
import io.parley.chat.application.port.in.ListFolloweesUseCase;
import io.parley.chat.application.port.in.ListFollowersUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.RelationCommand;
import io.parley.chat.application.port.in.ToggleBlacklistUseCase;
import io.parley.chat.application.port.in.UnblockUserUseCase;
import io.parley.chat.application.port.in.UnfollowUserUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * What the caller thinks of another user, as far as one-to-one chat asks (API.md c.3 #16, #19 and the follows and
 * blocks of j.3): every {@code :id} is a user id, read by {@link RelationCommand}.
 */
@Path("/api/chat")
public final class RelationsResource {
    private static final String FIRST_PAGE = "1";

    private final FollowUserUseCase follow;
    private final UnfollowUserUseCase unfollow;
    private final BlockUserUseCase block;
    private final UnblockUserUseCase unblock;
    private final ToggleBlacklistUseCase toggleBlacklist;
    private final GetContactEntryUseCase contactEntry;
    private final ListFolloweesUseCase listFollowees;
    private final ListFollowersUseCase listFollowers;
    private final ListBlockedUseCase listBlocked;

    RelationsResource(RestApi.UseCases useCases) {
        this.follow = useCases.followUser();
        this.unfollow = useCases.unfollowUser();
        this.block = useCases.blockUser();
        this.unblock = useCases.unblockUser();
        this.toggleBlacklist = useCases.toggleBlacklist();
        this.contactEntry = useCases.contactEntry();
        this.listFollowees = useCases.listFollowees();
        this.listFollowers = useCases.listFollowers();
        this.listBlocked = useCases.listBlocked();
    }

    /** #16 block the friend, or lift the block. */
    @POST
    @Path("setblackgoodfriend/{id}")
    public Response toggleBlacklist(@Context ContainerRequestContext request, @PathParam("id") String id) {
        toggleBlacklist.toggleBlacklist(command(request, id));
        return ApiResponses.ok("ok");
    }

    /** #19 my contact entry for this user, if they are my friend and not blocked. */
    @POST
    @Path("ismygoodfriend/{id}")
    public Response contactEntry(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return ApiResponses.ok(ContactEntryResponse.of(contactEntry.contactEntry(command(request, id))));
    }

    @POST
    @Path("follow/{id}")
    public Response follow(@Context ContainerRequestContext request, @PathParam("id") String id) {
        follow.follow(command(request, id));
        return ApiResponses.ok("ok");
    }

    @POST
    @Path("unfollow/{id}")
    public Response unfollow(@Context ContainerRequestContext request, @PathParam("id") String id) {
        unfollow.unfollow(command(request, id));
        return ApiResponses.ok("ok");
    }

    @POST
    @Path("block/{id}")
    public Response block(@Context ContainerRequestContext request, @PathParam("id") String id) {
        block.block(command(request, id));
        return ApiResponses.ok("ok");
    }

    @POST
    @Path("unblock/{id}")
    public Response unblock(@Context ContainerRequestContext request, @PathParam("id") String id) {
        unblock.unblock(command(request, id));
        return ApiResponses.ok("ok");
    }

    /** Whom I follow. */
    @GET
    @Path("followlist/{page}")
    public Response followList(@Context ContainerRequestContext request, @PathParam("page") String page) {
        return ApiResponses.ok(UserListResponse.of(listFollowees.followees(query(request, page))));
    }

    /** Who follows me. */
    @GET
    @Path("fanslist/{page}")
    public Response fansList(@Context ContainerRequestContext request, @PathParam("page") String page) {
        return ApiResponses.ok(UserListResponse.of(listFollowers.followers(query(request, page))));
    }

    /** Whom I block; j.3 names the list without a page, which is its first page. */
    @GET
    @Path("blocklist")
    public Response blockList(@Context ContainerRequestContext request) {
        return blockList(request, FIRST_PAGE);
    }

    @GET
    @Path("blocklist/{page}")
    public Response blockList(@Context ContainerRequestContext request, @PathParam("page") String page) {
        return ApiResponses.ok(UserListResponse.of(listBlocked.blocked(query(request, page))));
    }

    private static RelationCommand command(ContainerRequestContext request, String id) {
        return RelationCommand.of(ChatAuthFilter.callerOf(request).id(), id);
    }

    private static ListUsersQuery query(ContainerRequestContext request, String page) {
        return new ListUsersQuery(ChatAuthFilter.callerOf(request).id(), PageParameters.of(page,
                RequestParams.of(request).get(PageParameters.LIMIT), ListUsersQuery.DEFAULT_LIMIT,
                ListUsersQuery.MAX_LIMIT));
    }
}
