package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static io.parley.chat.application.fixtures.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.LoginResult;
import io.parley.chat.application.port.in.RegisterVisitorCommand;
import io.parley.chat.application.port.out.LoadUserPort;
import io.parley.chat.domain.message.Message;
import io.parley.chat.domain.message.MessageData;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.DeviceId;
import io.parley.chat.domain.user.DeviceInfo;
import io.parley.chat.domain.user.NewUser;
import io.parley.chat.domain.user.Role;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import io.parley.chat.domain.user.Username;
import io.parley.chat.domain.visitor.SignedDeviceRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegisterVisitorServiceTest {
    private static final DeviceId DEVICE = new DeviceId("8d1a344c-0b7e-4f2a-9c3d-1234567890ab");

    private final TestCore test = TestCore.create();

    private LoginResult registerVisitor(SignedDeviceRequest signed) {
        return test.core().registerVisitor().registerVisitor(new RegisterVisitorCommand(signed, null, "10.2.0.1"));
    }

    @Test
    void createAVisitorNamedAfterTheDeviceOnFirstUse() {
        LoginResult result = test.visitorOf(DEVICE);
        assertEquals("VIS8d1a344c", result.account().username());
        assertEquals(Role.VISITOR, result.account().role());
        assertEquals(DEVICE.value(), result.account().deviceId());
        assertEquals("10.2.0.1", result.account().registerIp());
        assertEquals(Optional.of(DEVICE), test.stored(result.account().id()).boundDevice());
    }

    @Test
    void greetANewVisitorWithOneSystemMessageInTheInbox() {
        UserId visitor = test.visitorOf(DEVICE).account().id();

        List<Message> inbox = test.messages().undelivered(visitor, 10);
        assertEquals(1, inbox.size(), inbox.toString());
        Message welcome = inbox.get(0);
        assertEquals(Message.SYSTEM_SENDER, welcome.fromId());
        assertEquals("系统消息", welcome.fromName());
        assertEquals(visitor.value(), welcome.toId());
        assertEquals(MessageData.json("{\"data\":\"欢迎您，登录可以获取更多功能！\",\"dataType\":false,"
                + "\"otherData\":null}"), welcome.data());
        assertEquals(test.clock().now(), welcome.createTime());
        assertEquals(List.of(welcome.id()), test.pusher().idsPushedTo(visitor), "handed to delivery at once");
    }

    @Test
    void greetAVisitorOnlyOnceWhenTheDeviceComesBack() {
        UserId visitor = test.visitorOf(DEVICE).account().id();
        test.clock().advance(Duration.ofMinutes(1));
        test.visitorOf(DEVICE);
        assertEquals(1, test.messages().all().size());
        assertEquals(1, test.messages().undelivered(visitor, 10).size());
    }

    @Test
    void neverGreetARegisteredUser() {
        test.register("alice", "secret1");
        assertEquals(List.of(), test.messages().all());
    }

    @Test
    void greetNobodyWhenTheSameDeviceRegistersTwiceAtOnce() {
        TestCore racing = TestCore.readingUsersThrough(users -> {
            LoadUserPort late = mock(LoadUserPort.class, delegatesTo(users));
            when(late.byDevice(DEVICE)).thenReturn(Optional.empty()).thenAnswer(call -> users.byDevice(DEVICE));
            return late;
        });
        // the other request created the visitor (and greeted it): this one only logs it in
        racing.users().create(NewUser.visitor(UUID.randomUUID().toString(), new Username("VIS8d1a344c"), "h",
                DEVICE, null, null, racing.clock().now()));
        racing.visitorOf(DEVICE);
        assertEquals(List.of(), racing.messages().all());
    }

    @Test
    void logTheVisitorInWithAVisitorToken() {
        LoginResult result = test.visitorOf(DEVICE);
        assertEquals(Role.VISITOR, test.core().authenticate().authenticate(result.token()).tokenRole());
    }

    @Test
    void logTheSameVisitorInOnTheNextCall() {
        LoginResult first = test.visitorOf(DEVICE);
        test.clock().advance(Duration.ofMinutes(1));
        LoginResult second = test.visitorOf(DEVICE);
        assertEquals(first.account().id(), second.account().id());
        assertEquals(1, test.users().count());
        assertEquals(test.clock().now(), test.stored(second.account().id()).lastLogin());
        assertRefused(ReasonCode.TOKEN_INVALID, () -> test.core().authenticate().authenticate(first.token()));
    }

    @Test
    void keepWhatTheDeviceSaysAboutItself() {
        DeviceInfo pixel = new DeviceInfo("app", "Pixel 8", "Android 14", "Google");
        LoginResult first = test.core().registerVisitor().registerVisitor(
                new RegisterVisitorCommand(test.signed(DEVICE), pixel, "10.2.0.1"));
        assertEquals(pixel, test.stored(first.account().id()).deviceInfo());
        DeviceInfo updated = new DeviceInfo("app", "Pixel 8", "Android 15", "Google");
        test.core().registerVisitor().registerVisitor(new RegisterVisitorCommand(test.signed(DEVICE), updated, null));
        assertEquals(updated, test.stored(first.account().id()).deviceInfo());
        test.visitorOf(DEVICE);
        assertEquals(updated, test.stored(first.account().id()).deviceInfo(), "a request that says nothing keeps it");
    }

    @Test
    void lengthenTheNameWhenItIsTaken() {
        test.register("VIS8d1a344c", "secret1");
        LoginResult result = test.visitorOf(DEVICE);
        assertEquals("VIS8d1a344c0", result.account().username());
    }

    @Test
    void lengthenTheNameAsOftenAsNeeded() {
        test.register("VIS8d1a344c", "secret1");
        test.register("VIS8d1a344c0", "secret1");
        assertEquals("VIS8d1a344c0b", test.visitorOf(DEVICE).account().username());
    }

    @Test
    void logInTheOneVisitorWhenTheSameDeviceRegistersTwiceAtOnce() {
        // the other request created the visitor after this one looked for it: the store refuses a second binding
        TestCore racing = TestCore.readingUsersThrough(users -> {
            LoadUserPort late = mock(LoadUserPort.class, delegatesTo(users));
            when(late.byDevice(DEVICE)).thenReturn(Optional.empty()).thenAnswer(call -> users.byDevice(DEVICE));
            return late;
        });
        User first = racing.users().create(NewUser.visitor(UUID.randomUUID().toString(),
                new Username("VIS8d1a344c"), "h", DEVICE, null, null, racing.clock().now()));

        LoginResult second = racing.visitorOf(DEVICE);

        assertEquals(first.id(), second.account().id());
        assertEquals(1, racing.users().count());
    }

    @Test
    void neverLogADeviceIntoARegisteredAccountFoundOnIt() {
        User bound = registeredAccountBoundTo(DEVICE);

        LoginResult result = test.visitorOf(DEVICE);

        assertNotEquals(bound.id(), result.account().id());
        assertEquals(Role.VISITOR, result.account().role());
        assertEquals(Optional.empty(), test.stored(bound.id()).boundDevice(), "the account lets go of the device");
        assertEquals(Role.USER, test.stored(bound.id()).role());
        assertEquals(Optional.of(result.account().id()), test.users().byDevice(DEVICE).map(User::id));
    }

    /** A registered account still bound to a device, as older databases have them. */
    private User registeredAccountBoundTo(DeviceId device) {
        User v = test.users().create(NewUser.visitor(UUID.randomUUID().toString(), new Username("old_user"), "h",
                device, null, null, test.clock().now()));
        return test.users().update(new User(v.id(), v.uuid(), v.username(), v.passwordHash(), v.nickname(),
                v.avatar(), Role.USER, v.status(), device, v.deviceInfo(), v.settings(), v.inviteConfirm(),
                v.mobile(), v.email(), v.lastLogin(), v.lastLoginIp(), v.registerIp(), v.registerTime(),
                v.createTime(), v.updateTime(), v.info()));
    }

    @Test
    void refuseADisabledVisitor() {
        UserId visitor = test.visitorOf(DEVICE).account().id();
        test.disable(visitor);
        assertRefused(ReasonCode.USER_DISABLED, () -> test.visitorOf(DEVICE));
        assertEquals(1, test.users().count());
    }

    @Test
    void refuseAMissingSignature() {
        SignedDeviceRequest unsigned = new SignedDeviceRequest(DEVICE.value(), "1", null);
        assertRefused(ReasonCode.SIGNATURE_MISSING, () -> registerVisitor(unsigned));
        assertEquals(0, test.users().count());
    }

    @Test
    void refuseAWrongSignature() {
        long now = test.clock().now().toEpochMilli();
        SignedDeviceRequest forged = new SignedDeviceRequest(DEVICE.value(), Long.toString(now),
                SignedDeviceRequest.expectedSignature(DEVICE.value(), now, "guessed-salt"));
        assertRefused(ReasonCode.SIGNATURE_INVALID, () -> registerVisitor(forged));
        assertEquals(0, test.users().count());
    }

    @Test
    void refuseAnExpiredRequest() {
        SignedDeviceRequest old = TestCore.signedAt(DEVICE, test.clock().now().minus(Duration.ofMinutes(6)));
        assertRefused(ReasonCode.REQUEST_EXPIRED, () -> registerVisitor(old));
    }

    @Test
    void refuseARequestFromTheFuture() {
        SignedDeviceRequest early = TestCore.signedAt(DEVICE, test.clock().now().plus(Duration.ofMinutes(2)));
        assertRefused(ReasonCode.REQUEST_EXPIRED, () -> registerVisitor(early));
    }

    @Test
    void refuseAMalformedDeviceId() {
        String malformed = "8d1a344c.0b7e.4f2a.9c3d.1234567890ab";
        long now = test.clock().now().toEpochMilli();
        SignedDeviceRequest signed = new SignedDeviceRequest(malformed, Long.toString(now),
                SignedDeviceRequest.expectedSignature(malformed, now, TestCore.SALT));
        assertInvalid("deviceId", Problem.PATTERN, () -> registerVisitor(signed));
    }

    @Test
    void refuseTheSixthAttemptOfADeviceWithinAnHour() {
        for (int i = 0; i < 5; i++) {
            test.visitorOf(DEVICE);
        }
        assertRefused(ReasonCode.RATE_LIMITED, () -> test.visitorOf(DEVICE));
        assertEquals(Role.VISITOR, test.visitorOf(TestCore.newDevice()).account().role(), "other devices go on");
        test.clock().advance(Duration.ofHours(1));
        assertEquals("VIS8d1a344c", test.visitorOf(DEVICE).account().username());
    }

    @Test
    void limitAttemptsPerClientAddress() {
        TestCore limited = TestCore.withAddressLimit(3);
        for (int i = 0; i < 3; i++) {
            limited.visitorOf(TestCore.newDevice(), "203.0.113.7");
        }
        assertRefused(ReasonCode.RATE_LIMITED, () -> limited.visitorOf(TestCore.newDevice(), "203.0.113.7"));
        assertEquals(Role.VISITOR, limited.visitorOf(TestCore.newDevice(), "203.0.113.8").account().role());
        assertEquals(4, limited.users().count());
    }
}
