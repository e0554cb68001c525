package io.parley.chat.adapter.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;

/**
 * The real server of {@link RestApi#createServer} on a free loopback port, driven with {@link HttpClient}, with a
 * Mockito mock behind every use case. One per test class; {@link #resetMocks()} between tests.
 */
final class RestApiHarness implements AutoCloseable {
    static final ZoneId SERVER_ZONE = ZoneId.of("Asia/Shanghai");
    static final String USER_TOKEN = "user-token";
    static final String VISITOR_TOKEN = "visitor-token";

    final RegisterUseCase register = mock(RegisterUseCase.class);
    final LoginUseCase login = mock(LoginUseCase.class);
    final LogoutUseCase logout = mock(LogoutUseCase.class);
    final RegisterVisitorUseCase registerVisitor = mock(RegisterVisitorUseCase.class);
    final UpgradeVisitorUseCase upgradeVisitor = mock(UpgradeVisitorUseCase.class);
    final VisitorLoginUseCase visitorLogin = mock(VisitorLoginUseCase.class);
    final AuthenticateUseCase authenticate = mock(AuthenticateUseCase.class);
    final GetPublicProfileUseCase publicProfile = mock(GetPublicProfileUseCase.class);
    final UpdateUserSettingsUseCase updateUserSettings = mock(UpdateUserSettingsUseCase.class);
    final UpdateProfileUseCase updateProfile = mock(UpdateProfileUseCase.class);
    final ChangePasswordUseCase changePassword = mock(ChangePasswordUseCase.class);
    final SendMessageUseCase sendMessage = mock(SendMessageUseCase.class);
    final DeliverPendingUseCase deliverPending = mock(DeliverPendingUseCase.class);
    final FollowUserUseCase followUser = mock(FollowUserUseCase.class);
    final UnfollowUserUseCase unfollowUser = mock(UnfollowUserUseCase.class);
    final BlockUserUseCase blockUser = mock(BlockUserUseCase.class);
    final UnblockUserUseCase unblockUser = mock(UnblockUserUseCase.class);
    final ToggleBlacklistUseCase toggleBlacklist = mock(ToggleBlacklistUseCase.class);
    final GetContactEntryUseCase contactEntry = mock(GetContactEntryUseCase.class);
    final ListFolloweesUseCase listFollowees = mock(ListFolloweesUseCase.class);
    final ListFollowersUseCase listFollowers = mock(ListFollowersUseCase.class);
    final ListBlockedUseCase listBlocked = mock(ListBlockedUseCase.class);
    final GetHistoryUseCase history = mock(GetHistoryUseCase.class);
    final ListConversationsUseCase conversations = mock(ListConversationsUseCase.class);
    final MarkReadUseCase markRead = mock(MarkReadUseCase.class);
    final RecallMessageUseCase recallMessage = mock(RecallMessageUseCase.class);
    final SearchUsersUseCase searchUsers = mock(SearchUsersUseCase.class);
    final GetPendingRequestUseCase pendingRequest = mock(GetPendingRequestUseCase.class);
    final ApplyFriendUseCase applyFriend = mock(ApplyFriendUseCase.class);
    final ListFriendRequestsUseCase listFriendRequests = mock(ListFriendRequestsUseCase.class);
    final HandleFriendRequestUseCase handleFriendRequest = mock(HandleFriendRequestUseCase.class);
    final ListFriendsUseCase listFriends = mock(ListFriendsUseCase.class);
    final GetFriendInfoUseCase friendInfo = mock(GetFriendInfoUseCase.class);
    final ToggleStarUseCase toggleStar = mock(ToggleStarUseCase.class);
    final SetFriendVisibilityUseCase setFriendVisibility = mock(SetFriendVisibilityUseCase.class);
    final DeleteFriendUseCase deleteFriend = mock(DeleteFriendUseCase.class);
    final GetUserSetInfoUseCase userSetInfo = mock(GetUserSetInfoUseCase.class);
    final AutoAddFriendUseCase autoAddFriend = mock(AutoAddFriendUseCase.class);
    final CreateGroupUseCase createGroup = mock(CreateGroupUseCase.class);
    final ListMyGroupsUseCase myGroups = mock(ListMyGroupsUseCase.class);
    final GetGroupInfoUseCase groupInfo = mock(GetGroupInfoUseCase.class);
    final RenameGroupUseCase renameGroup = mock(RenameGroupUseCase.class);
    final AnnounceUseCase announce = mock(AnnounceUseCase.class);
    final SetGroupNicknameUseCase setGroupNickname = mock(SetGroupNicknameUseCase.class);
    final KickMemberUseCase kickMember = mock(KickMemberUseCase.class);
    final DecideJoinUseCase decideJoin = mock(DecideJoinUseCase.class);
    final MuteMemberUseCase muteMember = mock(MuteMemberUseCase.class);
    final SetJoinPolicyUseCase setJoinPolicy = mock(SetJoinPolicyUseCase.class);
    final JoinGroupUseCase joinGroup = mock(JoinGroupUseCase.class);
    final LeaveGroupUseCase leaveGroup = mock(LeaveGroupUseCase.class);
    final GetGroupQrTextUseCase groupQrText = mock(GetGroupQrTextUseCase.class);
    final GetUserQrTextUseCase userQrText = mock(GetUserQrTextUseCase.class);
    final UploadMediaUseCase uploadMedia = mock(UploadMediaUseCase.class);
    final GetMediaUseCase media = mock(GetMediaUseCase.class);
    final ReadinessUseCase readiness = mock(ReadinessUseCase.class);

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    private RestApiHarness(UploadSettings uploads) throws IOException {
        RestApi.UseCases useCases = new RestApi.UseCases(register, login, logout, registerVisitor, upgradeVisitor,
                visitorLogin, authenticate, publicProfile, updateUserSettings, updateProfile, changePassword,
                sendMessage, deliverPending, followUser, unfollowUser, blockUser, unblockUser, toggleBlacklist,
                contactEntry, listFollowees, listFollowers, listBlocked, history, conversations, markRead,
                recallMessage, searchUsers, pendingRequest, applyFriend, listFriendRequests, handleFriendRequest,
                listFriends, friendInfo, toggleStar, setFriendVisibility, deleteFriend, userSetInfo, autoAddFriend,
                createGroup, myGroups, groupInfo, renameGroup, announce, setGroupNickname, kickMember, decideJoin,
                muteMember, setJoinPolicy, joinGroup, leaveGroup, groupQrText, userQrText, uploadMedia, media,
                readiness);
        server = RestApi.createServer("127.0.0.1", 0, useCases, SERVER_ZONE, uploads);
        server.start();
        port = server.getListeners().iterator().next().getPort();
    }

    static RestApiHarness start() throws IOException {
        return new RestApiHarness(UploadSettings.DEFAULTS);
    }

    /** A server that takes uploads as given (a small limit, a temporary folder a test can look into). */
    static RestApiHarness start(UploadSettings uploads) throws IOException {
        return new RestApiHarness(uploads);
    }

    int port() {
        return port;
    }

    void resetMocks() {
        reset(register, login, logout, registerVisitor, upgradeVisitor, visitorLogin, authenticate, publicProfile,
                updateUserSettings, updateProfile, changePassword, sendMessage, deliverPending, followUser,
                unfollowUser, blockUser, unblockUser, toggleBlacklist, contactEntry, listFollowees, listFollowers,
                listBlocked, history, conversations, markRead, recallMessage, searchUsers, pendingRequest, applyFriend,
                listFriendRequests, handleFriendRequest, listFriends, friendInfo, toggleStar, setFriendVisibility,
                deleteFriend, userSetInfo, autoAddFriend, createGroup, myGroups, groupInfo, renameGroup, announce,
                setGroupNickname, kickMember, decideJoin, muteMember, setJoinPolicy, joinGroup, leaveGroup, groupQrText,
                userQrText, uploadMedia, media, readiness);
    }

    /**
     * Lets the mocked authentication behave like the core's: {@link #USER_TOKEN} is Alice, {@link #VISITOR_TOKEN}
     * a visitor, no token {@code TOKEN_MISSING}, anything else {@code TOKEN_INVALID}.
     */
    void acceptTokens() {
        when(authenticate.authenticate(any())).thenAnswer(call -> {
            String token = call.getArgument(0);
            if (token == null || token.isBlank()) {
                throw new DomainException(ReasonCode.TOKEN_MISSING);
            }
            if (token.equals(USER_TOKEN)) {
                return Accounts.asUser();
            }
            if (token.equals(VISITOR_TOKEN)) {
                return Accounts.asVisitor();
            }
            throw new DomainException(ReasonCode.TOKEN_INVALID);
        });
    }

    Call get(String pathAndQuery) {
        return new Call(this, "GET", pathAndQuery);
    }

    Call post(String pathAndQuery) {
        return new Call(this, "POST", pathAndQuery);
    }

    Call call(String method, String pathAndQuery) {
        return new Call(this, method, pathAndQuery);
    }

    /**
     * Sends bytes exactly as given, for paths that {@link HttpClient} would refuse or tidy up; answers the status
     * and the body.
     */
    Reply raw(String method, String rawPath, String... headerLines) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            boolean saysConnection = false;
            for (String line : headerLines) {
                request.append(line).append("\r\n");
                saysConnection |= line.toLowerCase(Locale.ROOT).startsWith("connection:");
            }
            // the answer is read to the end of the stream, so the server must close
            request.append(saysConnection ? "" : "Connection: close\r\n");
            // a body-less GET says nothing about a body, as browsers and HttpClient do
            request.append(method.equals("GET") ? "" : "Content-Length: 0\r\n").append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, headersEnd).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.putIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).trim());
            }
            int status = Integer.parseInt(head[0].substring(9, 12));
            String body = response.substring(headersEnd + 4);
            return new Reply(status, body, readJson(body), headers);
        }
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    private JsonNode readJson(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** One request being put together. */
    static final class Call {
        private final RestApiHarness harness;
        private final String method;
        private final String pathAndQuery;
        private final List<String> headers = new ArrayList<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(RestApiHarness harness, String method, String pathAndQuery) {
            this.harness = harness;
            this.method = method;
            this.pathAndQuery = pathAndQuery;
        }

        Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        Call json(String text) {
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            return header("Content-Type", "application/json");
        }

        Call form(String text) {
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            return header("Content-Type", "application/x-www-form-urlencoded");
        }

        Call body(String contentType, String text) {
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            return header("Content-Type", contentType);
        }

        /** A JSON body of unannounced length, sent in chunks. */
        Call chunkedJson(String text) {
            body = HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return header("Content-Type", "application/json");
        }

        Call bytes(String contentType, byte[] content) {
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            return header("Content-Type", contentType);
        }

        /** Bytes of unannounced length, sent in chunks. */
        Call chunkedBytes(String contentType, byte[] content) {
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(content));
            return header("Content-Type", contentType);
        }

        Call multipart(MultipartForm form) {
            return bytes(MultipartForm.contentType(), form.bytes());
        }

        Call bodyWithoutType(String text) {
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            return this;
        }

        Reply send() throws IOException, InterruptedException {
            HttpResponse<String> response = harness.client.send(request(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), harness.readJson(response.body()),
                    headersOf(response));
        }

        /** For answers that are no text, such as a PNG. */
        BinaryReply sendForBytes() throws IOException, InterruptedException {
            HttpResponse<byte[]> response = harness.client.send(request(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryReply(response.statusCode(), response.body(), headersOf(response));
        }

        private HttpRequest request() {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + harness.port + pathAndQuery))
                    .timeout(Duration.ofSeconds(10))
                    .method(method, body);
            for (int i = 0; i < headers.size(); i += 2) {
                request.header(headers.get(i), headers.get(i + 1));
            }
            return request.build();
        }

        private static Map<String, String> headersOf(HttpResponse<?> response) {
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            return headers;
        }
    }

    /** What came back as bytes. */
    record BinaryReply(int status, byte[] body, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What came back; {@code json} is null when the body is not JSON. */
    record Reply(int status, String text, JsonNode json, Map<String, String> headers) {
        String data() {
            return json.get("data").asText();
        }

        String code() {
            return json.path("code").asText(null);
        }

        String field() {
            return json.path("field").asText(null);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
