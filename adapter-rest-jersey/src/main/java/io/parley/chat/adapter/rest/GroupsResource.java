package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.CreateGroupCommand;
import io.parley.chat.application.port.in.CreateGroupUseCase;
import io.parley.chat.application.port.in.GetGroupInfoUseCase;
import io.parley.chat.application.port.in.GroupCommand;
import io.parley.chat.application.port.in.GroupTextCommand;
import io.parley.chat.application.port.in.JoinGroupCommand;
import io.parley.chat.application.port.in.JoinGroupUseCase;
import io.parley.chat.application.port.in.LeaveGroupUseCase;
import io.parley.chat.application.port.in.ListMyGroupsUseCase;
import io.parley.chat.application.port.in.ListUsersQuery;
import io.parley.chat.application.port.in.SetGroupNicknameUseCase;
import io.parley.chat.domain.group.MemberStatus;
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
import java.time.ZoneId;

/**
 * Groups as their members see them (API.md c.3 #22–#24, #30–#32; f; j.6): create, list, look at, join, name
 * oneself, leave. What only the owner may do is in {@link GroupOwnerResource}, the QR codes in
 * {@link QrCodesResource}. Who may do what is the core's to decide; this resource only reads parameters.
 */
@Path("/api/chat")
public final class GroupsResource {
    private final CreateGroupUseCase createGroup;
    private final ListMyGroupsUseCase myGroups;
    private final GetGroupInfoUseCase groupInfo;
    private final JoinGroupUseCase joinGroup;
    private final SetGroupNicknameUseCase setGroupNickname;
    private final LeaveGroupUseCase leaveGroup;
    private final ZoneId serverZone;
    private final ObjectMapper mapper;

    GroupsResource(RestApi.UseCases useCases, ZoneId serverZone, ObjectMapper mapper) {
        this.createGroup = useCases.createGroup();
        this.myGroups = useCases.myGroups();
        this.groupInfo = useCases.groupInfo();
        this.joinGroup = useCases.joinGroup();
        this.setGroupNickname = useCases.setGroupNickname();
        this.leaveGroup = useCases.leaveGroup();
        this.serverZone = serverZone;
        this.mapper = mapper;
    }

    /** #22 a group of me and the contacts whose entry ids are {@code userIds}; everyone hears N-3. */
    @POST
    @Path("group/create")
    public Response create(@Context ContainerRequestContext request) {
        String userIds = RequestParams.of(request).get(ContactEntryIds.FIELD);
        createGroup.create(new CreateGroupCommand(caller(request), ContactEntryIds.of(userIds, mapper)));
        // the seed answers no id (G-G6): the members learn of the group from N-3, which carries it
        return ApiResponses.ok("ok");
    }

    /** #23 the groups I am a member of, each with my own member row. */
    @GET
    @Path("grouplist/{page}")
    public Response myGroups(@Context ContainerRequestContext request, @PathParam("page") String page) {
        ListUsersQuery query = new ListUsersQuery(caller(request), PageParameters.of(page,
                RequestParams.of(request).get(PageParameters.LIMIT), ListMyGroupsUseCase.DEFAULT_LIMIT,
                ListMyGroupsUseCase.MAX_LIMIT));
        return ApiResponses.ok(myGroups.myGroups(query).stream()
                .map(view -> GroupListingResponse.of(view, serverZone)).toList());
    }

    /** #24 a group and its active members; any token holder may look. */
    @GET
    @Path("groupinfo/{id}")
    public Response groupInfo(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return ApiResponses.ok(GroupInfoResponse.of(
                groupInfo.groupInfo(GroupCommand.of(caller(request), "id", id)), serverZone));
    }

    /** #30 {@code user_id} joins {@code group_id}: in at once, or waiting for the owner; the answer says which. */
    @POST
    @Path("groupInviteUser")
    public Response join(@Context ContainerRequestContext request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RequestParams p = RequestParams.of(request);
        MemberStatus status = joinGroup.join(JoinGroupCommand.of(caller(request), p.get("group_id"),
                p.get("user_id"), p.get("inviteuser_id"), p.get("addGroupDesc")));
        ChatText answer = status == MemberStatus.PENDING ? ChatText.GROUP_JOIN_WAITING : ChatText.GROUP_JOINED_ANSWER;
        return ApiResponses.ok(answer.text(RequestLanguage.of(acceptLanguage)));
    }

    /** #31 my name in group {@code id}. */
    @POST
    @Path("groupnickname")
    public Response nickname(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        setGroupNickname.setNickname(GroupTextCommand.nickname(caller(request), p.get("id"), p.get("nickname")));
        return ApiResponses.ok("ok");
    }

    /** #32 the owner dissolves group {@code id}, anyone else in it quits. */
    @POST
    @Path("groupDeleteOrQuit")
    public Response leave(@Context ContainerRequestContext request) {
        leaveGroup.leave(GroupCommand.of(caller(request), "id", RequestParams.of(request).get("id")));
        return ApiResponses.ok("ok");
    }

    private static UserId caller(ContainerRequestContext request) {
        return ChatAuthFilter.callerOf(request).id();
    }
}
