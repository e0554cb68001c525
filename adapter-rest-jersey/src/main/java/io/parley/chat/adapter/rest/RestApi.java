package io.parley.chat.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.chat.application.port.in.AnnounceUseCase;
import io.parley.chat.application.port.in.ApplyFriendUseCase;
import io.parley.chat.application.port.in.AuthenticateUseCase;
import io.parley.chat.application.port.in.AutoAddFriendUseCase;
import io.parley.chat.application.port.in.BlockUserUseCase;
import io.parley.chat.application.port.in.ChangePasswordUseCase;
import io.parley.chat.application.port.in.CreateGroupUseCase;
import io.parley.chat.application.port.in.DecideJoinUseCase;
import io.parley.chat.application.port.in.DeleteFriendUseCase;
import io.parley.chat.application.port.in.DeliverPendingUseCase;
import io.parley.chat.application.port.in.FollowUserUseCase;
import io.parley.chat.application.port.in.GetContactEntryUseCase;
import io.parley.chat.application.port.in.GetFriendInfoUseCase;
import io.parley.chat.application.port.in.GetGroupInfoUseCase;
import io.parley.chat.application.port.in.GetGroupQrTextUseCase;
import io.parley.chat.application.port.in.GetHistoryUseCase;
import io.parley.chat.application.port.in.GetPendingRequestUseCase;
import io.parley.chat.application.port.in.GetMediaUseCase;
import io.parley.chat.application.port.in.ReadinessUseCase;
import io.parley.chat.application.port.in.GetPublicProfileUseCase;
import io.parley.chat.application.port.in.GetUserQrTextUseCase;
import io.parley.chat.application.port.in.GetUserSetInfoUseCase;
import io.parley.chat.application.port.in.HandleFriendRequestUseCase;
import io.parley.chat.application.port.in.JoinGroupUseCase;
import io.parley.chat.application.port.in.KickMemberUseCase;
import io.parley.chat.application.port.in.LeaveGroupUseCase;
import io.parley.chat.application.port.in.ListBlockedUseCase;
import io.parley.chat.application.port.in.ListConversationsUseCase;
import io.parley.chat.application.port.in.ListFolloweesUseCase;
import io.parley.chat.application.port.in.ListFollowersUseCase;
import io.parley.chat.application.port.in.ListFriendRequestsUseCase;
import io.parley.chat.application.port.in.ListFriendsUseCase;
import io.parley.chat.application.port.in.ListMyGroupsUseCase;
import io.parley.chat.application.port.in.LoginUseCase;
import io.parley.chat.application.port.in.LogoutUseCase;
import io.parley.chat.application.port.in.MarkReadUseCase;
import io.parley.chat.application.port.in.MuteMemberUseCase;
import io.parley.chat.application.port.in.RecallMessageUseCase;
import io.parley.chat.application.port.in.RegisterUseCase;
import io.parley.chat.application.port.in.RegisterVisitorUseCase;
import io.parley.chat.application.port.in.RenameGroupUseCase;
import io.parley.chat.application.port.in.SearchUsersUseCase;
import io.parley.chat.application.port.in.SendMessageUseCase;
import io.parley.chat.application.port.in.SetFriendVisibilityUseCase;
import io.parley.chat.application.port.in.SetGroupNicknameUseCase;
import io.parley.chat.application.port.in.SetJoinPolicyUseCase;
import io.parley.chat.application.port.in.ToggleBlacklistUseCase;
import io.parley.chat.application.port.in.ToggleStarUseCase;
import io.parley.chat.application.port.in.UnblockUserUseCase;
import io.parley.chat.application.port.in.UnfollowUserUseCase;
import io.parley.chat.application.port.in.UpdateProfileUseCase;
import io.parley.chat.application.port.in.UpdateUserSettingsUseCase;
import io.parley.chat.application.port.in.UpgradeVisitorUseCase;
import io.parley.chat.application.port.in.UploadMediaUseCase;
import io.parley.chat.application.port.in.VisitorLoginUseCase;
import jakarta.ws.rs.Priorities;
import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The HTTP API of Parley on Jersey and Grizzly: the public entry of this module. Bootstrap creates the server,
 * attaches the WebSocket adapter to the same listener, then starts it.
 */
public final class RestApi {
    private RestApi() {
    }

    /** A server for {@code host:port} (port 0 picks a free one) in the JVM's time zone; not started. */
    public static HttpServer createServer(String host, int port, UseCases useCases) {
        return createServer(host, port, useCases, ZoneId.systemDefault());
    }

    /**
     * A server for {@code host:port}, not started.
     *
     * @param serverZone the zone of the seed's local {@code create_time} rendering
     */
    public static HttpServer createServer(String host, int port, UseCases useCases, ZoneId serverZone) {
        return createServer(host, port, useCases, serverZone, UploadSettings.DEFAULTS);
    }

    /**
     * A server for {@code host:port}, not started.
     *
     * @param serverZone the zone of the seed's local {@code create_time} rendering
     * @param uploads the upload limit and where multipart parts wait while a request is read
     */
    public static HttpServer createServer(String host, int port, UseCases useCases, ZoneId serverZone,
            UploadSettings uploads) {
        ObjectMapper mapper = JsonMapping.create();
        String authority = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        URI base = URI.create("http://" + authority + ":" + port + "/");
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base,
                resourceConfig(useCases, serverZone, uploads, mapper), false);
        server.getServerConfiguration().setDefaultErrorPageGenerator(new JsonErrorPages(mapper));
        for (NetworkListener listener : server.getListeners()) {
            listener.registerAddOn(new ForeignUpgradeDecliner());
        }
        return server;
    }

    /** The Jersey application alone, for another container or a test; every part registered as an instance. */
    public static ResourceConfig resourceConfig(UseCases useCases, ZoneId serverZone) {
        return resourceConfig(useCases, serverZone, UploadSettings.DEFAULTS, JsonMapping.create());
    }

    private static ResourceConfig resourceConfig(UseCases useCases, ZoneId serverZone, UploadSettings uploads,
            ObjectMapper mapper) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(serverZone, "serverZone");
        Objects.requireNonNull(uploads, "uploads");
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("parley-rest");
        // nothing is found on the class path: what runs is what is listed here
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.register(JacksonFeature.class);
        config.register(new ObjectMapperResolver(mapper));
        // pre-matching filters in this order: refuse odd paths, read the parameters, check the token
        config.register(new CanonicalPathFilter(), Priorities.AUTHENTICATION - 200);
        config.register(new RequestParamsFilter(mapper), Priorities.AUTHENTICATION - 100);
        config.register(new ChatAuthFilter(useCases.authenticate()), Priorities.AUTHENTICATION);
        config.register(new DomainExceptionMapper());
        config.register(new WebApplicationExceptionMapper());
        config.register(new UnexpectedExceptionMapper());
        config.register(new AccountsResource(useCases, serverZone));
        config.register(new MyAccountResource(useCases, mapper));
        config.register(new MessagesResource(useCases, mapper));
        config.register(new RelationsResource(useCases));
        config.register(new ConversationsResource(useCases, mapper));
        config.register(new FriendRequestsResource(useCases, serverZone));
        config.register(new FriendsResource(useCases));
        config.register(new GroupsResource(useCases, serverZone, mapper));
        config.register(new GroupOwnerResource(useCases));
        config.register(new QrCodesResource(useCases));
        config.register(MultiPartFeature.class);
        config.register(multipartProperties(uploads).resolver());
        config.register(new MediaResource(useCases, uploads));
        config.register(new PublicMediaResource(useCases));
        config.register(new HealthResource(useCases));
        return config;
    }

    /**
     * Parts beyond a few kilobytes go to temporary files, never to memory, so a 50 MiB upload costs the heap nothing;
     * a form has the file and a field or two, never dozens of parts.
     */
    private static MultiPartProperties multipartProperties(UploadSettings uploads) {
        MultiPartProperties properties = new MultiPartProperties().bufferThreshold(MULTIPART_MEMORY_BYTES)
                .maxParts(MAX_MULTIPART_PARTS);
        uploads.tempDir().ifPresent(dir -> properties.tempDir(dir.toString()));
        return properties;
    }

    private static final int MULTIPART_MEMORY_BYTES = 16 * 1024;
    private static final int MAX_MULTIPART_PARTS = 16;

    /** The use cases the HTTP API drives; bootstrap takes them from {@code ChatCore}. */
    public record UseCases(
            RegisterUseCase register,
            LoginUseCase login,
            LogoutUseCase logout,
            RegisterVisitorUseCase registerVisitor,
            UpgradeVisitorUseCase upgradeVisitor,
            VisitorLoginUseCase visitorLogin,
            AuthenticateUseCase authenticate,
            GetPublicProfileUseCase publicProfile,
            UpdateUserSettingsUseCase updateUserSettings,
            UpdateProfileUseCase updateProfile,
            ChangePasswordUseCase changePassword,
            SendMessageUseCase sendMessage,
            DeliverPendingUseCase deliverPending,
            FollowUserUseCase followUser,
            UnfollowUserUseCase unfollowUser,
            BlockUserUseCase blockUser,
            UnblockUserUseCase unblockUser,
            ToggleBlacklistUseCase toggleBlacklist,
            GetContactEntryUseCase contactEntry,
            ListFolloweesUseCase listFollowees,
            ListFollowersUseCase listFollowers,
            ListBlockedUseCase listBlocked,
            GetHistoryUseCase history,
            ListConversationsUseCase conversations,
            MarkReadUseCase markRead,
            RecallMessageUseCase recallMessage,
            SearchUsersUseCase searchUsers,
            GetPendingRequestUseCase pendingRequest,
            ApplyFriendUseCase applyFriend,
            ListFriendRequestsUseCase listFriendRequests,
            HandleFriendRequestUseCase handleFriendRequest,
            ListFriendsUseCase listFriends,
            GetFriendInfoUseCase friendInfo,
            ToggleStarUseCase toggleStar,
            SetFriendVisibilityUseCase setFriendVisibility,
            DeleteFriendUseCase deleteFriend,
            GetUserSetInfoUseCase userSetInfo,
            AutoAddFriendUseCase autoAddFriend,
            CreateGroupUseCase createGroup,
            ListMyGroupsUseCase myGroups,
            GetGroupInfoUseCase groupInfo,
            RenameGroupUseCase renameGroup,
            AnnounceUseCase announce,
            SetGroupNicknameUseCase setGroupNickname,
            KickMemberUseCase kickMember,
            DecideJoinUseCase decideJoin,
            MuteMemberUseCase muteMember,
            SetJoinPolicyUseCase setJoinPolicy,
            JoinGroupUseCase joinGroup,
            LeaveGroupUseCase leaveGroup,
            GetGroupQrTextUseCase groupQrText,
            GetUserQrTextUseCase userQrText,
            UploadMediaUseCase uploadMedia,
            GetMediaUseCase media,
            ReadinessUseCase readiness) {

        public UseCases {
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(logout, "logout");
            Objects.requireNonNull(registerVisitor, "registerVisitor");
            Objects.requireNonNull(upgradeVisitor, "upgradeVisitor");
            Objects.requireNonNull(visitorLogin, "visitorLogin");
            Objects.requireNonNull(authenticate, "authenticate");
            Objects.requireNonNull(publicProfile, "publicProfile");
            Objects.requireNonNull(updateUserSettings, "updateUserSettings");
            Objects.requireNonNull(updateProfile, "updateProfile");
            Objects.requireNonNull(changePassword, "changePassword");
            Objects.requireNonNull(sendMessage, "sendMessage");
            Objects.requireNonNull(deliverPending, "deliverPending");
            Objects.requireNonNull(followUser, "followUser");
            Objects.requireNonNull(unfollowUser, "unfollowUser");
            Objects.requireNonNull(blockUser, "blockUser");
            Objects.requireNonNull(unblockUser, "unblockUser");
            Objects.requireNonNull(toggleBlacklist, "toggleBlacklist");
            Objects.requireNonNull(contactEntry, "contactEntry");
            Objects.requireNonNull(listFollowees, "listFollowees");
            Objects.requireNonNull(listFollowers, "listFollowers");
            Objects.requireNonNull(listBlocked, "listBlocked");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(conversations, "conversations");
            Objects.requireNonNull(markRead, "markRead");
            Objects.requireNonNull(recallMessage, "recallMessage");
            Objects.requireNonNull(searchUsers, "searchUsers");
            Objects.requireNonNull(pendingRequest, "pendingRequest");
            Objects.requireNonNull(applyFriend, "applyFriend");
            Objects.requireNonNull(listFriendRequests, "listFriendRequests");
            Objects.requireNonNull(handleFriendRequest, "handleFriendRequest");
            Objects.requireNonNull(listFriends, "listFriends");
            Objects.requireNonNull(friendInfo, "friendInfo");
            Objects.requireNonNull(toggleStar, "toggleStar");
            Objects.requireNonNull(setFriendVisibility, "setFriendVisibility");
            Objects.requireNonNull(deleteFriend, "deleteFriend");
            Objects.requireNonNull(userSetInfo, "userSetInfo");
            Objects.requireNonNull(autoAddFriend, "autoAddFriend");
            Objects.requireNonNull(createGroup, "createGroup");
            Objects.requireNonNull(myGroups, "myGroups");
            Objects.requireNonNull(groupInfo, "groupInfo");
            Objects.requireNonNull(renameGroup, "renameGroup");
            Objects.requireNonNull(announce, "announce");
            Objects.requireNonNull(setGroupNickname, "setGroupNickname");
            Objects.requireNonNull(kickMember, "kickMember");
            Objects.requireNonNull(decideJoin, "decideJoin");
            Objects.requireNonNull(muteMember, "muteMember");
            Objects.requireNonNull(setJoinPolicy, "setJoinPolicy");
            Objects.requireNonNull(joinGroup, "joinGroup");
            Objects.requireNonNull(leaveGroup, "leaveGroup");
            Objects.requireNonNull(groupQrText, "groupQrText");
            Objects.requireNonNull(userQrText, "userQrText");
            Objects.requireNonNull(uploadMedia, "uploadMedia");
            Objects.requireNonNull(media, "media");
            Objects.requireNonNull(readiness, "readiness");
        }
    }
}
