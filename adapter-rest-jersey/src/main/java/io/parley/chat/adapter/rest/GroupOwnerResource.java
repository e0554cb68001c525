package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.AnnounceUseCase;
import io.parley.chat.application.port.in.DecideJoinUseCase;
import io.parley.chat.application.port.in.GroupMemberCommand;
import io.parley.chat.application.port.in.GroupTextCommand;
import io.parley.chat.application.port.in.KickMemberUseCase;
import io.parley.chat.application.port.in.MuteMemberUseCase;
import io.parley.chat.application.port.in.RenameGroupUseCase;
import io.parley.chat.application.port.in.SetJoinPolicyCommand;
import io.parley.chat.application.port.in.SetJoinPolicyUseCase;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.ValidationException;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.UserId;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * What only a group's owner may do (API.md c.3 #25–#29, j.9 {@code groupMuteUser}): rename, announce, kick, set
 * the join policy, decide on a request to join, mute. The core refuses anyone else ({@code NOT_GROUP_OWNER}).
 */
@Path("/api/chat")
public final class GroupOwnerResource {
    private static final String AGREE = "agree";
    private static final String REJECT = "no";

    private final RenameGroupUseCase renameGroup;
    private final AnnounceUseCase announce;
    private final KickMemberUseCase kickMember;
    private final SetJoinPolicyUseCase setJoinPolicy;
    private final DecideJoinUseCase decideJoin;
    private final MuteMemberUseCase muteMember;

    GroupOwnerResource(RestApi.UseCases useCases) {
        this.renameGroup = useCases.renameGroup();
        this.announce = useCases.announce();
        this.kickMember = useCases.kickMember();
        this.setJoinPolicy = useCases.setJoinPolicy();
        this.decideJoin = useCases.decideJoin();
        this.muteMember = useCases.muteMember();
    }

    /** #25 group {@code id} is called {@code name} from now on; every member row hears N-3b. */
    @POST
    @Path("groupUpdateName")
    public Response rename(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        renameGroup.rename(GroupTextCommand.name(caller(request), p.get("id"), p.get("name")));
        return ApiResponses.ok("ok");
    }

    /** #26 group {@code id}'s announcement is {@code remark}; every member row hears it. */
    @POST
    @Path("groupremark")
    public Response announce(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        announce.announce(GroupTextCommand.announcement(caller(request), p.get("id"), p.get("remark")));
        return ApiResponses.ok("ok");
    }

    /** #27 {@code user_id} is out of {@code group_id}. */
    @POST
    @Path("groupDeleteUser")
    public Response kick(@Context ContainerRequestContext request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        kickMember.kick(memberCommand(request));
        return ApiResponses.ok(ChatText.GROUP_MEMBER_REMOVED.text(RequestLanguage.of(acceptLanguage)));
    }

    /** #28 {@code addGroupSet} (0–10) decides who joins {@code group_id} without approval. */
    @POST
    @Path("groupAddUserSet")
    public Response setJoinPolicy(@Context ContainerRequestContext request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RequestParams p = RequestParams.of(request);
        setJoinPolicy.setJoinPolicy(SetJoinPolicyCommand.of(caller(request), p.get("group_id"),
                p.get("addGroupSet")));
        return ApiResponses.ok(ChatText.SETTING_SAVED.text(RequestLanguage.of(acceptLanguage)));
    }

    /** #29 {@code type} {@code agree} lets pending {@code user_id} into {@code group_id}, {@code no} turns them away. */
    @POST
    @Path("groupAgreeOrNo")
    public Response decide(@Context ContainerRequestContext request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        GroupMemberCommand command = memberCommand(request);
        decideJoin.decide(command, agrees(RequestParams.of(request).get("type")));
        return ApiResponses.ok(ChatText.GROUP_DECIDED.text(RequestLanguage.of(acceptLanguage)));
    }

    /** {@code groupMuteUser}: {@code mute} 1 silences {@code user_id} in {@code group_id}, 0 lets them speak. */
    @POST
    @Path("groupMuteUser")
    public Response mute(@Context ContainerRequestContext request) {
        GroupMemberCommand command = memberCommand(request);
        muteMember.mute(command, mutes(RequestParams.of(request).get("mute")));
        return ApiResponses.ok("ok");
    }

    private static GroupMemberCommand memberCommand(ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        return GroupMemberCommand.of(caller(request), p.get("group_id"), p.get("user_id"));
    }

    private static boolean agrees(String type) {
        if (type == null || type.isEmpty()) {
            throw new ValidationException("type", Problem.REQUIRED);
        }
        if (!type.equals(AGREE) && !type.equals(REJECT)) {
            throw new ValidationException("type", Problem.NOT_ONE_OF, AGREE + ", " + REJECT);
        }
        return type.equals(AGREE);
    }

    /** The flag as a form or JSON sends it: 0 or 1, as a number or as text. */
    private static boolean mutes(String mute) {
        if (mute == null || mute.isEmpty()) {
            throw new ValidationException("mute", Problem.REQUIRED);
        }
        String flag = mute.trim();
        if (!flag.equals("0") && !flag.equals("1")) {
            throw new ValidationException("mute", Problem.NOT_ONE_OF, "0, 1");
        }
        return flag.equals("1");
    }

    private static UserId caller(ContainerRequestContext request) {
        return ChatAuthFilter.callerOf(request).id();
    }
}
