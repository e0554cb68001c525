package io.parley.chat.domain.relation;

import static io.parley.chat.domain.shared.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserMother;
import io.parley.chat.domain.user.UserStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of G-F1 alone, then in the order they are checked: the first broken one is the answer. */
class FriendRequestRulesTest {
    private static final Instant AT = Instant.parse("2024-03-02T09:00:00Z");

    private final User ann = UserMother.aRegisteredUser(11, "ann_01");
    private final User ben = UserMother.aRegisteredUser(12, "ben_01");
    private final User disabled = UserMother.aRegisteredUser(13, "dan_01").withStatus(UserStatus.DISABLED, AT);
    private final User visitor = UserMother.aVisitor();
    private final User approving = UserMother.aRegisteredUser(14, "amy_01").withInviteConfirm(1, AT);

    @Test
    void allowARequestToAnEnabledRegisteredStranger() {
        assertDoesNotThrow(() -> FriendRequestRules.checkRequest(ann, Optional.of(ben), false, false));
        assertDoesNotThrow(() -> FriendRequestRules.checkRequest(ann, Optional.of(approving), false, false));
    }

    @Test
    void refuseARequestToOneself() {
        assertRefused(ReasonCode.SELF_NOT_ALLOWED,
                () -> FriendRequestRules.checkRequest(ann, Optional.of(ann), false, false));
    }

    @Test
    void refuseARequestToSomeoneMissingDisabledOrAVisitor() {
        assertRefused(ReasonCode.USER_NOT_FOUND,
                () -> FriendRequestRules.checkRequest(ann, Optional.empty(), false, false));
        assertRefused(ReasonCode.USER_NOT_FOUND,
                () -> FriendRequestRules.checkRequest(ann, Optional.of(disabled), false, false));
        assertRefused(ReasonCode.USER_NOT_FOUND,
                () -> FriendRequestRules.checkRequest(ann, Optional.of(visitor), false, false));
    }

    @Test
    void refuseARequestBetweenFriends() {
        assertRefused(ReasonCode.ALREADY_FRIENDS,
                () -> FriendRequestRules.checkRequest(ann, Optional.of(ben), true, false));
    }

    @Test
    void refuseARequestWhileOneIsPendingEitherWay() {
        assertRefused(ReasonCode.REQUEST_PENDING,
                () -> FriendRequestRules.checkRequest(ann, Optional.of(ben), false, true));
    }

    @Test
    void checkOneselfBeforeTheTargetBeforeFriendshipBeforeAPendingRequest() {
        User disabledAnn = ann.withStatus(UserStatus.DISABLED, AT);
        assertRefused(ReasonCode.SELF_NOT_ALLOWED,
                () -> FriendRequestRules.checkRequest(ann, Optional.of(disabledAnn), true, true));
        assertRefused(ReasonCode.USER_NOT_FOUND,
                () -> FriendRequestRules.checkRequest(ann, Optional.of(disabled), true, true));
        assertRefused(ReasonCode.ALREADY_FRIENDS,
                () -> FriendRequestRules.checkRequest(ann, Optional.of(ben), true, true));
    }

    @Test
    void allowAnAutomaticFriendshipWithSomeoneWhoNeedsNoApproval() {
        assertDoesNotThrow(() -> FriendRequestRules.checkAutomaticFriendship(ann, Optional.of(ben), false, false));
    }

    @Test
    void refuseAnAutomaticFriendshipWithSomeoneWhoApprovesTheirFriends() {
        assertRefused(ReasonCode.APPROVAL_REQUIRED,
                () -> FriendRequestRules.checkAutomaticFriendship(ann, Optional.of(approving), false, false));
        User otherPolicy = ben.withInviteConfirm(2, AT);
        assertRefused(ReasonCode.APPROVAL_REQUIRED,
                () -> FriendRequestRules.checkAutomaticFriendship(ann, Optional.of(otherPolicy), false, false));
    }

    @Test
    void checkTheRequestRulesBeforeTheApproval() {
        assertRefused(ReasonCode.SELF_NOT_ALLOWED, () -> FriendRequestRules.checkAutomaticFriendship(approving,
                Optional.of(approving), false, false));
        assertRefused(ReasonCode.USER_NOT_FOUND,
                () -> FriendRequestRules.checkAutomaticFriendship(ann, Optional.empty(), false, false));
        assertRefused(ReasonCode.ALREADY_FRIENDS,
                () -> FriendRequestRules.checkAutomaticFriendship(ann, Optional.of(approving), true, true));
        assertRefused(ReasonCode.REQUEST_PENDING,
                () -> FriendRequestRules.checkAutomaticFriendship(ann, Optional.of(approving), false, true));
    }
}
