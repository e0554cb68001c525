package io.parley.chat.adapter.rest;

import io.parley.chat.application.port.in.GetPublicProfileUseCase;
import io.parley.chat.application.port.in.LoginCommand;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.LoginUseCase;
import io.parley.chat.application.port.in.RegisterCommand;
import io.parley.chat.application.port.in.RegisterUseCase;
import io.parley.chat.application.port.in.RegisterVisitorCommand;
import io.parley.chat.application.port.in.RegisterVisitorUseCase;
import io.parley.chat.application.port.in.UpgradeVisitorCommand;
import io.parley.chat.application.port.in.UpgradeVisitorUseCase;
import io.parley.chat.application.port.in.VisitorLoginCommand;
import io.parley.chat.application.port.in.VisitorLoginUseCase;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.visitor.SignedDeviceRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;

/** The public account endpoints (API.md c.3 #1, #2, #4–#6, #8): no token, every one but #8 ends in a login. */
@Path("/api")
public final class AccountsResource {
    static final String SIGNATURE_HEADER = "X-Security-Sign";

    private final RegisterUseCase register;
    private final LoginUseCase login;
    private final RegisterVisitorUseCase registerVisitor;
    private final UpgradeVisitorUseCase upgradeVisitor;
    private final VisitorLoginUseCase visitorLogin;
    private final GetPublicProfileUseCase publicProfile;
    private final ZoneId serverZone;

    AccountsResource(RestApi.UseCases useCases, ZoneId serverZone) {
        this.register = useCases.register();
        this.login = useCases.login();
        this.registerVisitor = useCases.registerVisitor();
        this.upgradeVisitor = useCases.upgradeVisitor();
        this.visitorLogin = useCases.visitorLogin();
        this.publicProfile = useCases.publicProfile();
        this.serverZone = serverZone;
    }

    /** #1 register, then log in. */
    @POST
    @Path("regChat")
    public Response register(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        return loggedIn(register.register(RegisterCommand.of(p.get("username"), p.get("password"),
                p.clientAddress())));
    }

    /** #2 log in. */
    @POST
    @Path("loginChat")
    public Response login(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        return loggedIn(login.login(LoginCommand.of(p.get("username"), p.get("password"), p.clientAddress())));
    }

    /** #4 the visitor of a device, created on first use. */
    @POST
    @Path("visitorRegister")
    public Response registerVisitor(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        DeviceInfo device = new DeviceInfo(p.get("uniplatform"), p.get("devicemodel"), p.get("deviceos"),
                p.get("devicebrand"));
        return loggedIn(registerVisitor.registerVisitor(
                new RegisterVisitorCommand(signed(request, p), device, p.clientAddress())));
    }

    /** #5 the device's visitor becomes a registered user. */
    @POST
    @Path("visitorregChat")
    public Response upgradeVisitor(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        return loggedIn(upgradeVisitor.upgradeVisitor(UpgradeVisitorCommand.of(signed(request, p),
                p.get("username"), p.get("password"), p.clientAddress())));
    }

    /** #6 a registered user logs in from a visitor's device. */
    @POST
    @Path("visitorloginChat")
    public Response visitorLogin(@Context ContainerRequestContext request) {
        RequestParams p = RequestParams.of(request);
        return loggedIn(visitorLogin.visitorLogin(VisitorLoginCommand.of(signed(request, p), p.get("username"),
                p.get("password"), p.clientAddress())));
    }

    /** #8 anyone's public profile. */
    @GET
    @Path("userinfo/{uuid}")
    public Response publicProfile(@PathParam("uuid") String uuid) {
        return ApiResponses.ok(PublicProfileResponse.of(publicProfile.publicProfile(uuid)));
    }

    private Response loggedIn(LoginResult result) {
        return ApiResponses.ok(LoginResponse.of(result, serverZone));
    }

    /** The timestamp goes on as sent: the signature covers its exact text. */
    private static SignedDeviceRequest signed(ContainerRequestContext request, RequestParams p) {
        return new SignedDeviceRequest(p.get("deviceId"), p.get("timestamp"),
                request.getHeaderString(SIGNATURE_HEADER));
    }
}
