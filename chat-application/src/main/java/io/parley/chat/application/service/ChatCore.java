package io.parley.chat.application.service;

import io.parley.chat.application.port.in.AcknowledgeMessagesUseCase;
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
import io.parley.chat.application.port.in.ReadinessUseCase;
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
import io.parley.chat.application.port.in.UserConnectedUseCase;
import io.parley.chat.application.port.in.UserDisconnectedUseCase;
import io.parley.chat.application.port.in.VisitorLoginUseCase;
import io.parley.chat.application.port.out.BlockPort;
import io.parley.chat.application.port.out.ClockPort;
import io.parley.chat.application.port.out.CloseConnectionsPort;
import io.parley.chat.application.port.out.ContentSnifferPort;
import io.parley.chat.application.port.out.ConversationPort;
import io.parley.chat.application.port.out.FollowPort;
import io.parley.chat.application.port.out.FriendRequestPort;
import io.parley.chat.application.port.out.FriendshipPort;
import io.parley.chat.application.port.out.GroupMessageStorePort;
import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.application.port.out.HealthCheckPort;
import io.parley.chat.application.port.out.IdGeneratorPort;
import io.parley.chat.application.port.out.InboxPort;
import io.parley.chat.application.port.out.LoadSenderRelationsPort;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.application.port.out.MediaStorePort;
import io.parley.chat.application.port.out.MessageBusPort;
import io.parley.chat.application.port.out.MessageStorePort;
import io.parley.chat.application.port.out.PasswordHasherPort;
import io.parley.chat.application.port.out.PresencePort;
import io.parley.chat.application.port.out.PusherPort;
import io.parley.chat.application.port.out.RateLimitPort;
import io.parley.chat.application.port.out.SaveUserPort;
import io.parley.chat.application.port.out.SessionStorePort;
import io.parley.chat.application.port.out.TokenCodecPort;
import io.parley.chat.domain.message.RecallPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The chat core, built from the ports it needs; hands out one use case per user action. The only public class of
 * the services: everything behind it is package-private.
 *
 * <p>Build it once and share it: every use case is thread-safe as long as the ports are.
 */
public final class ChatCore {
    private final RegisterUseCase register;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final RegisterVisitorUseCase registerVisitor;
    private final UpgradeVisitorUseCase upgradeVisitor;
    private final VisitorLoginUseCase visitorLogin;
    private final AuthenticateUseCase authenticate;
    private final GetPublicProfileUseCase publicProfile;
    private final UpdateUserSettingsUseCase updateUserSettings;
    private final UpdateProfileUseCase updateProfile;
    private final ChangePasswordUseCase changePassword;
    private final SendMessageUseCase sendMessage;
    private final DeliverPendingUseCase deliverPending;
    private final UserConnectedUseCase userConnected;
    private final UserDisconnectedUseCase userDisconnected;
    private final AcknowledgeMessagesUseCase acknowledgeMessages;
    private final FollowUserUseCase followUser;
    private final UnfollowUserUseCase unfollowUser;
    private final BlockUserUseCase blockUser;
    private final UnblockUserUseCase unblockUser;
    private final ToggleBlacklistUseCase toggleBlacklist;
    private final GetContactEntryUseCase contactEntry;
    private final ListFolloweesUseCase listFollowees;
    private final ListFollowersUseCase listFollowers;
    private final ListBlockedUseCase listBlocked;
    private final GetHistoryUseCase history;
    private final ListConversationsUseCase conversations;
    private final MarkReadUseCase markRead;
    private final RecallMessageUseCase recallMessage;
    private final SearchUsersUseCase searchUsers;
    private final GetPendingRequestUseCase pendingRequest;
    private final ApplyFriendUseCase applyFriend;
    private final AutoAddFriendUseCase autoAddFriend;
    private final ListFriendRequestsUseCase friendRequests;
    private final HandleFriendRequestUseCase handleFriendRequest;
    private final ListFriendsUseCase friends;
    private final GetFriendInfoUseCase friendInfo;
    private final ToggleStarUseCase toggleStar;
    private final SetFriendVisibilityUseCase setFriendVisibility;
    private final DeleteFriendUseCase deleteFriend;
    private final GetUserSetInfoUseCase userSetInfo;
    private final CreateGroupUseCase createGroup;
    private final ListMyGroupsUseCase myGroups;
    private final GetGroupInfoUseCase groupInfo;
    private final RenameGroupUseCase renameGroup;
    private final AnnounceUseCase announce;
    private final SetGroupNicknameUseCase setGroupNickname;
    private final KickMemberUseCase kickMember;
    private final DecideJoinUseCase decideJoin;
    private final MuteMemberUseCase muteMember;
    private final SetJoinPolicyUseCase setJoinPolicy;
    private final JoinGroupUseCase joinGroup;
    private final LeaveGroupUseCase leaveGroup;
    private final GetGroupQrTextUseCase groupQrText;
    private final GetUserQrTextUseCase userQrText;
    private final UploadMediaUseCase uploadMedia;
    private final GetMediaUseCase media;
    private final ReadinessUseCase readiness;

    private ChatCore(Builder b) {
        OtherNodes otherNodes = new OtherNodes(b.node, b.presence, b.messageBus);
        ConnectionsEverywhere everywhere = new ConnectionsEverywhere(b.connections, otherNodes);
        SessionStarter sessions = new SessionStarter(b.sessions, b.tokens, b.saveUsers, everywhere, b.clock,
                b.ids, b.settings.tokenTtl());
        DeviceGate gate = new DeviceGate(b.rateLimits, b.clock, b.settings.visitorSalt(),
                b.settings.visitorRegistrationsPerAddress());
        register = new RegisterService(b.loadUsers, b.saveUsers, b.passwords, b.clock, b.ids, sessions);
        login = new LoginService(b.loadUsers, b.passwords, b.clock, sessions);
        logout = new LogoutService(b.sessions, everywhere);
        upgradeVisitor = new UpgradeVisitorService(b.loadUsers, b.saveUsers, b.passwords, b.clock, b.ids, gate,
                sessions);
        visitorLogin = new VisitorLoginService(gate, login);
        authenticate = new AuthenticateService(b.tokens, b.loadUsers, b.sessions);
        publicProfile = new GetPublicProfileService(b.loadUsers);
        updateUserSettings = new UpdateUserSettingsService(b.loadUsers, b.saveUsers, b.clock);
        updateProfile = new UpdateProfileService(b.loadUsers, b.saveUsers, b.clock);
        changePassword = new ChangePasswordService(b.loadUsers, b.saveUsers, b.passwords, b.clock);

        Delivery delivery = new Delivery(b.pusher, b.inbox, b.deliveryExecutor, otherNodes);
        registerVisitor = new RegisterVisitorService(b.loadUsers, b.saveUsers, b.passwords, b.clock, b.ids, gate,
                sessions, b.messages, delivery);
        sendMessage = new SendMessageService(b.loadUsers, b.senderRelations, b.messages, b.ids, b.clock,
                delivery, new GroupMessageSender(b.groups, b.groupMessages, b.ids, b.clock, delivery));
        DeliverPendingService pending = new DeliverPendingService(b.inbox, delivery, otherNodes, b.deliveryExecutor);
        deliverPending = pending;
        ConnectedHere connectedHere = new ConnectedHere();
        ConnectionPresence presence = new ConnectionPresence(b.node, b.presence, pending, otherNodes, connectedHere);
        userConnected = presence;
        userDisconnected = presence;
        b.messageBus.subscribe(b.node, new BusArrivals(delivery, b.pusher, pending, b.deliveryExecutor,
                b.connections, connectedHere));
        acknowledgeMessages = new AcknowledgeMessagesService(b.inbox);
        followUser = new FollowUserService(b.loadUsers, b.follows, b.messages);
        unfollowUser = new UnfollowUserService(b.follows);
        blockUser = new BlockUserService(b.loadUsers, b.blocks);
        unblockUser = new UnblockUserService(b.blocks);
        toggleBlacklist = new ToggleBlacklistService(b.friendships, b.blocks);
        contactEntry = new GetContactEntryService(b.friendships, b.blocks);
        listFollowees = new ListFolloweesService(b.follows);
        listFollowers = new ListFollowersService(b.follows);
        listBlocked = new ListBlockedService(b.blocks);
        history = new GetHistoryService(b.loadUsers, b.conversations, b.groups, b.groupMessages);
        conversations = new ListConversationsService(b.conversations, b.loadUsers, b.friendships, b.groups,
                b.groupMessages);
        markRead = new MarkReadService(b.conversations, delivery, b.groups, b.groupMessages);
        recallMessage = new RecallMessageService(b.messages, b.conversations, b.groups, b.groupMessages, b.clock,
                new RecallPolicy(b.settings.recallWindow()), delivery);

        FriendNotices friendNotices = new FriendNotices(b.friendships, b.messages, b.ids, b.clock, delivery);
        searchUsers = new SearchUsersService(b.loadUsers);
        pendingRequest = new GetPendingRequestService(b.loadUsers, b.friendRequests);
        applyFriend = new ApplyFriendService(b.loadUsers, b.friendships, b.friendRequests, b.clock, friendNotices);
        autoAddFriend = new AutoAddFriendService(b.loadUsers, b.friendships, b.friendRequests, b.clock,
                friendNotices);
        friendRequests = new ListFriendRequestsService(b.friendRequests);
        handleFriendRequest = new HandleFriendRequestService(b.loadUsers, b.friendRequests, friendNotices);
        friends = new ListFriendsService(b.friendships);
        friendInfo = new GetFriendInfoService(b.friendships, b.loadUsers);
        toggleStar = new ToggleStarService(b.friendships, b.blocks);
        setFriendVisibility = new SetFriendVisibilityService(b.friendships, b.blocks);
        deleteFriend = new DeleteFriendService(b.friendships);
        userSetInfo = new GetUserSetInfoService(b.loadUsers, b.friendships, b.blocks);

        GroupNotices groupNotices = new GroupNotices(b.groupMessages, b.messages, b.ids, b.clock, delivery);
        int maxMembers = b.settings.maxGroupMembers();
        createGroup = new CreateGroupService(b.loadUsers, b.friendships, b.groups, b.ids, b.clock, groupNotices,
                maxMembers);
        myGroups = new ListMyGroupsService(b.groups);
        groupInfo = new GetGroupInfoService(b.groups);
        renameGroup = new RenameGroupService(b.loadUsers, b.groups, groupNotices);
        announce = new AnnounceService(b.loadUsers, b.groups, groupNotices);
        setGroupNickname = new SetGroupNicknameService(b.groups);
        kickMember = new KickMemberService(b.loadUsers, b.groups, groupNotices);
        decideJoin = new DecideJoinService(b.groups, groupNotices);
        muteMember = new MuteMemberService(b.loadUsers, b.groups, groupNotices);
        setJoinPolicy = new SetJoinPolicyService(b.groups);
        joinGroup = new JoinGroupService(b.loadUsers, b.groups, b.clock, groupNotices, maxMembers);
        leaveGroup = new LeaveGroupService(b.loadUsers, b.groups, groupNotices);
        groupQrText = new GetGroupQrTextService(b.groups);
        userQrText = new GetUserQrTextService(b.loadUsers);
        uploadMedia = new UploadMediaService(b.mediaStore, b.contentSniffer, b.clock, b.ids, b.maxUploadBytes);
        media = new GetMediaService(b.mediaStore);
        readiness = new ReadinessService(b.healthChecks);
    }

    /** The upload limit of API.md j.7 when the deployment does not choose one: 50 MiB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    public static Builder builder() {
        return new Builder();
    }

    public RegisterUseCase register() {
        return register;
    }

    public LoginUseCase login() {
        return login;
    }

    public LogoutUseCase logout() {
        return logout;
    }

    public RegisterVisitorUseCase registerVisitor() {
        return registerVisitor;
    }

    public UpgradeVisitorUseCase upgradeVisitor() {
        return upgradeVisitor;
    }

    public VisitorLoginUseCase visitorLogin() {
        return visitorLogin;
    }

    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    public GetPublicProfileUseCase publicProfile() {
        return publicProfile;
    }

    public UpdateUserSettingsUseCase updateUserSettings() {
        return updateUserSettings;
    }

    public UpdateProfileUseCase updateProfile() {
        return updateProfile;
    }

    public ChangePasswordUseCase changePassword() {
        return changePassword;
    }

    public SendMessageUseCase sendMessage() {
        return sendMessage;
    }

    public DeliverPendingUseCase deliverPending() {
        return deliverPending;
    }

    public UserConnectedUseCase userConnected() {
        return userConnected;
    }

    public UserDisconnectedUseCase userDisconnected() {
        return userDisconnected;
    }

    public AcknowledgeMessagesUseCase acknowledgeMessages() {
        return acknowledgeMessages;
    }

    public FollowUserUseCase followUser() {
        return followUser;
    }

    public UnfollowUserUseCase unfollowUser() {
        return unfollowUser;
    }

    public BlockUserUseCase blockUser() {
        return blockUser;
    }

    public UnblockUserUseCase unblockUser() {
        return unblockUser;
    }

    public ToggleBlacklistUseCase toggleBlacklist() {
        return toggleBlacklist;
    }

    public GetContactEntryUseCase contactEntry() {
        return contactEntry;
    }

    public ListFolloweesUseCase listFollowees() {
        return listFollowees;
    }

    public ListFollowersUseCase listFollowers() {
        return listFollowers;
    }

    public ListBlockedUseCase listBlocked() {
        return listBlocked;
    }

    public GetHistoryUseCase history() {
        return history;
    }

    public ListConversationsUseCase conversations() {
        return conversations;
    }

    public MarkReadUseCase markRead() {
        return markRead;
    }

    public RecallMessageUseCase recallMessage() {
        return recallMessage;
    }

    public SearchUsersUseCase searchUsers() {
        return searchUsers;
    }

    public GetPendingRequestUseCase pendingRequest() {
        return pendingRequest;
    }

    public ApplyFriendUseCase applyFriend() {
        return applyFriend;
    }

    public AutoAddFriendUseCase autoAddFriend() {
        return autoAddFriend;
    }

    public ListFriendRequestsUseCase friendRequests() {
        return friendRequests;
    }

    public HandleFriendRequestUseCase handleFriendRequest() {
        return handleFriendRequest;
    }

    public ListFriendsUseCase friends() {
        return friends;
    }

    public GetFriendInfoUseCase friendInfo() {
        return friendInfo;
    }

    public ToggleStarUseCase toggleStar() {
        return toggleStar;
    }

    public SetFriendVisibilityUseCase setFriendVisibility() {
        return setFriendVisibility;
    }

    public DeleteFriendUseCase deleteFriend() {
        return deleteFriend;
    }

    public GetUserSetInfoUseCase userSetInfo() {
        return userSetInfo;
    }

    public CreateGroupUseCase createGroup() {
        return createGroup;
    }

    public ListMyGroupsUseCase myGroups() {
        return myGroups;
    }

    public GetGroupInfoUseCase groupInfo() {
        return groupInfo;
    }

    public RenameGroupUseCase renameGroup() {
        return renameGroup;
    }

    public AnnounceUseCase announce() {
        return announce;
    }

    public SetGroupNicknameUseCase setGroupNickname() {
        return setGroupNickname;
    }

    public KickMemberUseCase kickMember() {
        return kickMember;
    }

    public DecideJoinUseCase decideJoin() {
        return decideJoin;
    }

    public MuteMemberUseCase muteMember() {
        return muteMember;
    }

    public SetJoinPolicyUseCase setJoinPolicy() {
        return setJoinPolicy;
    }

    public JoinGroupUseCase joinGroup() {
        return joinGroup;
    }

    public LeaveGroupUseCase leaveGroup() {
        return leaveGroup;
    }

    public GetGroupQrTextUseCase groupQrText() {
        return groupQrText;
    }

    public GetUserQrTextUseCase userQrText() {
        return userQrText;
    }

    public UploadMediaUseCase uploadMedia() {
        return uploadMedia;
    }

    public GetMediaUseCase media() {
        return media;
    }

    public ReadinessUseCase readiness() {
        return readiness;
    }

    /**
     * The core's own settings.
     *
     * @param tokenTtl how long a token and its session live
     * @param visitorSalt the salt of the visitor signature, shared with clients
     * @param visitorRegistrationsPerAddress signed visitor requests allowed per client address and hour
     * @param recallWindow how long after sending its sender may recall a message (#37)
     * @param maxGroupMembers how many members a group holds at most, those waiting for the owner included
     */
    public record Settings(Duration tokenTtl, String visitorSalt, int visitorRegistrationsPerAddress,
            Duration recallWindow, int maxGroupMembers) {
        /** The recall window of API.md j.4 when the deployment does not choose one. */
        public static final Duration DEFAULT_RECALL_WINDOW = Duration.ofMinutes(5);

        public Settings {
            Objects.requireNonNull(tokenTtl, "tokenTtl");
            Objects.requireNonNull(visitorSalt, "visitorSalt");
            Objects.requireNonNull(recallWindow, "recallWindow");
            if (tokenTtl.isNegative() || tokenTtl.isZero()) {
                throw new IllegalArgumentException("tokenTtl must be positive");
            }
            if (visitorRegistrationsPerAddress < 1) {
                throw new IllegalArgumentException("visitorRegistrationsPerAddress must be at least 1");
            }
            if (recallWindow.isNegative() || recallWindow.isZero()) {
                throw new IllegalArgumentException("recallWindow must be positive");
            }
            if (maxGroupMembers < 2) {
                // a group is its owner and at least one more
                throw new IllegalArgumentException("maxGroupMembers must be at least 2");
            }
        }
    }

    /** Collects the ports; {@link #build()} refuses a missing one. */
    public static final class Builder {
        private LoadUserPort loadUsers;
        private SaveUserPort saveUsers;
        private SessionStorePort sessions;
        private TokenCodecPort tokens;
        private PasswordHasherPort passwords;
        private RateLimitPort rateLimits;
        private ClockPort clock;
        private IdGeneratorPort ids;
        private CloseConnectionsPort connections;
        private Settings settings;
        private FriendshipPort friendships;
        private BlockPort blocks;
        private FollowPort follows;
        private FriendRequestPort friendRequests;
        private LoadSenderRelationsPort senderRelations;
        private MessageStorePort messages;
        private InboxPort inbox;
        private PusherPort pusher;
        private ConversationPort conversations;
        private GroupStorePort groups;
        private GroupMessageStorePort groupMessages;
        private String node;
        private PresencePort presence;
        private MessageBusPort messageBus;
        private Executor deliveryExecutor = Runnable::run;
        private MediaStorePort mediaStore;
        private ContentSnifferPort contentSniffer;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private List<HealthCheckPort> healthChecks = List.of();

        private Builder() {
        }

        public Builder loadUsers(LoadUserPort port) {
            this.loadUsers = port;
            return this;
        }

        public Builder saveUsers(SaveUserPort port) {
            this.saveUsers = port;
            return this;
        }

        public Builder sessions(SessionStorePort port) {
            this.sessions = port;
            return this;
        }

        public Builder tokens(TokenCodecPort port) {
            this.tokens = port;
            return this;
        }

        public Builder passwords(PasswordHasherPort port) {
            this.passwords = port;
            return this;
        }

        public Builder rateLimits(RateLimitPort port) {
            this.rateLimits = port;
            return this;
        }

        public Builder clock(ClockPort port) {
            this.clock = port;
            return this;
        }

        public Builder ids(IdGeneratorPort port) {
            this.ids = port;
            return this;
        }

        public Builder connections(CloseConnectionsPort port) {
            this.connections = port;
            return this;
        }

        public Builder settings(Settings value) {
            this.settings = value;
            return this;
        }

        public Builder friendships(FriendshipPort port) {
            this.friendships = port;
            return this;
        }

        public Builder blocks(BlockPort port) {
            this.blocks = port;
            return this;
        }

        public Builder follows(FollowPort port) {
            this.follows = port;
            return this;
        }

        public Builder friendRequests(FriendRequestPort port) {
            this.friendRequests = port;
            return this;
        }

        public Builder senderRelations(LoadSenderRelationsPort port) {
            this.senderRelations = port;
            return this;
        }

        public Builder messages(MessageStorePort port) {
            this.messages = port;
            return this;
        }

        public Builder inbox(InboxPort port) {
            this.inbox = port;
            return this;
        }

        public Builder pusher(PusherPort port) {
            this.pusher = port;
            return this;
        }

        public Builder conversations(ConversationPort port) {
            this.conversations = port;
            return this;
        }

        public Builder groups(GroupStorePort port) {
            this.groups = port;
            return this;
        }

        /** Group conversations; give the store whose inbox {@link #inbox} reads, so that delivery finds them. */
        public Builder groupMessages(GroupMessageStorePort port) {
            this.groupMessages = port;
            return this;
        }

        /** This node's name among the nodes that share presence and the bus ({@code PARLEY_NODE_ID}). */
        public Builder node(String name) {
            this.node = name;
            return this;
        }

        /** Where each user's connection is; one node alone can use the in-memory one of {@code local}. */
        public Builder presence(PresencePort port) {
            this.presence = port;
            return this;
        }

        /**
         * Carries messages to the node that holds their recipient's connection; one node alone can use the
         * in-memory one of {@code local}. The core subscribes this node to it when built.
         */
        public Builder messageBus(MessageBusPort port) {
            this.messageBus = port;
            return this;
        }

        /**
         * Optional: where a delivery is finished once the pusher reports its outcome (a written message's inbox
         * entry is removed there, a call to the inbox's store), where the next window of a large inbox is read, and
         * where a pending delivery another node asks for runs. The pusher reports on a connection's thread; give an
         * executor so that this thread never waits for the store. Default: that thread itself.
         */
        public Builder deliveryExecutor(Executor executor) {
            this.deliveryExecutor = Objects.requireNonNull(executor, "deliveryExecutor");
            return this;
        }

        /** Where uploaded media are kept. */
        public Builder mediaStore(MediaStorePort port) {
            this.mediaStore = port;
            return this;
        }

        /** Tells an upload's format from its first bytes. */
        public Builder contentSniffer(ContentSnifferPort port) {
            this.contentSniffer = port;
            return this;
        }

        /** Optional: the largest upload in bytes ({@code PARLEY_MAX_UPLOAD_BYTES}); default 50 MiB. */
        public Builder maxUploadBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxUploadBytes must be at least 1, not " + bytes);
            }
            this.maxUploadBytes = bytes;
            return this;
        }

        /**
         * Optional: the dependencies whose answer makes this node ready (the database; Redis in a cluster), asked in
         * this order. Default: none, always ready.
         */
        public Builder healthChecks(List<HealthCheckPort> checks) {
            this.healthChecks = List.copyOf(Objects.requireNonNull(checks, "healthChecks"));
            return this;
        }

        public ChatCore build() {
            Objects.requireNonNull(loadUsers, "loadUsers");
            Objects.requireNonNull(saveUsers, "saveUsers");
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(passwords, "passwords");
            Objects.requireNonNull(rateLimits, "rateLimits");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(connections, "connections");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(friendships, "friendships");
            Objects.requireNonNull(blocks, "blocks");
            Objects.requireNonNull(follows, "follows");
            Objects.requireNonNull(friendRequests, "friendRequests");
            Objects.requireNonNull(senderRelations, "senderRelations");
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(inbox, "inbox");
            Objects.requireNonNull(pusher, "pusher");
            Objects.requireNonNull(conversations, "conversations");
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(groupMessages, "groupMessages");
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(presence, "presence");
            Objects.requireNonNull(messageBus, "messageBus");
            Objects.requireNonNull(mediaStore, "mediaStore");
            Objects.requireNonNull(contentSniffer, "contentSniffer");
            return new ChatCore(this);
        }
    }
}
