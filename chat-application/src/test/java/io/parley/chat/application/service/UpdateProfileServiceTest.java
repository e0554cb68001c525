package io.parley.chat.application.service;

import static io.parley.chat.application.fixtures.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.chat.application.fixtures.TestCore;
import io.parley.chat.application.port.in.UpdateProfileCommand;
import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.ValidationException.Problem;
import io.parley.chat.domain.user.ProfileEdit;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateProfileServiceTest {
    private final TestCore test = TestCore.create();
    private final UserId alice = test.register("alice_01", "secret1").account().id();

    private ProfileEdit edit(String fieldname, String fieldValue) {
        return test.core().updateProfile().updateProfile(UpdateProfileCommand.of(alice, fieldname, fieldValue));
    }

    @Test
    void storeANewNickname() {
        test.clock().advance(Duration.ofMinutes(1));
        ProfileEdit edit = edit("nickname", "小明");
        assertEquals("小明", test.stored(alice).nickname());
        assertEquals("小明", test.stored(alice).displayName());
        assertEquals(test.clock().now(), test.stored(alice).updateTime());
        assertEquals(Optional.of(ChatText.NICKNAME_UPDATED), edit.confirmation());
    }

    @Test
    void storeANewAvatar() {
        edit("avatar", "/public/uploads/a.png");
        assertEquals("/public/uploads/a.png", test.stored(alice).avatar());
    }

    @Test
    void storeTheFriendApprovalSetting() {
        edit("invite_confirm", "1");
        assertEquals(1, test.stored(alice).inviteConfirm());
        edit("invite_confirm", "0");
        assertEquals(0, test.stored(alice).inviteConfirm());
    }

    @Test
    void storeNothingForAnUnknownField() {
        User before = test.stored(alice);
        test.clock().advance(Duration.ofMinutes(1));
        ProfileEdit edit = edit("email", "a@example.com");
        assertEquals(before, test.stored(alice));
        assertEquals(Optional.empty(), edit.confirmation());
    }

    @Test
    void neverRenameTheUser() {
        assertInvalid("fieldname", Problem.NOT_EDITABLE, () -> edit("username", "mallory"));
        assertEquals("alice_01", test.stored(alice).username().value());
    }
}
