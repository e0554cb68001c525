package io.parley.chat.domain.user;

import static io.parley.chat.domain.shared.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.chat.domain.shared.ChatText;
import io.parley.chat.domain.shared.ValidationException.Problem;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileEditTest {
    private static final Instant LATER = UserMother.CREATED.plusSeconds(3600);

    @Test
    void refuseToChangeTheUsernameNamingFieldname() {
        assertInvalid("fieldname", Problem.NOT_EDITABLE, () -> ProfileEdit.of("username", "mallory"));
    }

    @Test
    void changeTheNicknameAndConfirmIt() {
        ProfileEdit edit = ProfileEdit.of("nickname", "小明");
        User changed = edit.applyTo(UserMother.aRegisteredUser(), LATER);
        assertEquals("小明", changed.nickname());
        assertEquals(LATER, changed.updateTime());
        assertTrue(edit.changesAnything());
        assertEquals(Optional.of(ChatText.NICKNAME_UPDATED), edit.confirmation());
    }

    @Test
    void allowThirtyCharactersOfNicknameAndNoMore() {
        assertEquals("字".repeat(30), ProfileEdit.of("nickname", "字".repeat(30)).value());
        assertInvalid("fieldValue", Problem.TOO_LONG, () -> ProfileEdit.of("nickname", "字".repeat(31)));
    }

    @Test
    void changeTheAvatarAndConfirmIt() {
        ProfileEdit edit = ProfileEdit.of("avatar", "/public/a.png");
        assertEquals("/public/a.png", edit.applyTo(UserMother.aRegisteredUser(), LATER).avatar());
        assertEquals(Optional.of(ChatText.AVATAR_UPDATED), edit.confirmation());
    }

    @Test
    void allowAThousandCharactersOfAvatarAndNoMore() {
        String longest = "https://x/" + "a".repeat(990);
        assertEquals(longest, ProfileEdit.of("avatar", longest).value());
        assertInvalid("fieldValue", Problem.TOO_LONG, () -> ProfileEdit.of("avatar", longest + "a"));
    }

    @Test
    void setFriendApprovalToZeroOrOne() {
        User user = UserMother.aRegisteredUser();
        ProfileEdit on = ProfileEdit.of("invite_confirm", "1");
        User approving = on.applyTo(user, LATER);
        assertEquals(1, approving.inviteConfirm());
        assertEquals(Optional.of(ChatText.SETTING_SAVED), on.confirmation());
        assertEquals(0, ProfileEdit.of("invite_confirm", "0").applyTo(approving, LATER).inviteConfirm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "-1", "01", "true", " 1", "1.0"})
    void refuseOtherFriendApprovalValues(String value) {
        assertInvalid("fieldValue", Problem.NOT_ONE_OF, () -> ProfileEdit.of("invite_confirm", value));
    }

    @Test
    void changeNothingAndConfirmNothingForAnUnknownField() {
        ProfileEdit edit = ProfileEdit.of("mobile", "13800000000");
        User user = UserMother.aRegisteredUser();
        assertFalse(edit.changesAnything());
        assertEquals(Optional.empty(), edit.confirmation());
        assertSame(user, edit.applyTo(user, LATER));
    }

    @Test
    void requireAFieldnameOfOneToThirtyCharacters() {
        assertInvalid("fieldname", Problem.REQUIRED, () -> ProfileEdit.of("", "x"));
        assertInvalid("fieldname", Problem.LENGTH, () -> ProfileEdit.of("f".repeat(31), "x"));
    }

    @Test
    void requireAValue() {
        assertInvalid("fieldValue", Problem.REQUIRED, () -> ProfileEdit.of("nickname", ""));
        assertInvalid("fieldValue", Problem.REQUIRED, () -> ProfileEdit.of("nickname", null));
    }
}
