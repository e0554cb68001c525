package io.parley.chat.domain.relation;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.User;
import java.util.Optional;

/**
 * Who may ask whom to be friends (API.md c.3 #11, #41, j.6, G-F1), checked in this order: not oneself; the target must
 * be a registered, enabled user; not when already friends; not while a request is pending in either direction.
 * Refused and ignored requests may be made again.
 */
public final class FriendRequestRules {
    private FriendRequestRules() {
    }

    /**
     * @param target the user asked, if they exist
     * @param alreadyFriends whether the applicant has the target in their contacts
     * @param pendingEitherWay whether a request between the two is pending, whoever made it
     */
    public static void checkRequest(User applicant, Optional<User> target, boolean alreadyFriends,
            boolean pendingEitherWay) {
        requireRequestable(applicant, target);
        if (alreadyFriends) {
            throw new DomainException(ReasonCode.ALREADY_FRIENDS);
        }
        if (pendingEitherWay) {
            throw new DomainException(ReasonCode.REQUEST_PENDING);
        }
    }

    /**
     * #41: as {@link #checkRequest}, and the target must accept friends without approval ({@code invite_confirm} 0);
     * otherwise {@code APPROVAL_REQUIRED}.
     */
    public static void checkAutomaticFriendship(User applicant, Optional<User> target, boolean alreadyFriends,
            boolean pendingEitherWay) {
        checkRequest(applicant, target, alreadyFriends, pendingEitherWay);
        if (target.orElseThrow().inviteConfirm() != 0) {
            throw new DomainException(ReasonCode.APPROVAL_REQUIRED);
        }
    }

    /** A request goes to an enabled registered user; visitors have no contacts (API.md c.3 #40). */
    private static void requireRequestable(User applicant, Optional<User> target) {
        if (target.isPresent() && target.get().id().equals(applicant.id())) {
            throw new DomainException(ReasonCode.SELF_NOT_ALLOWED);
        }
        if (target.filter(User::isEnabled).filter(user -> !user.isVisitor()).isEmpty()) {
            throw new DomainException(ReasonCode.USER_NOT_FOUND);
        }
    }
}
