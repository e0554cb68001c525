package io.parley.chat.domain.message;

import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Who may recall a message, and until when (API.md #37, j.4): its sender, or in a group also the group's owner, within
 * the recall window (five minutes unless configured). Recalling a recalled message again changes nothing.
 */
public final class RecallPolicy {
    private final Duration window;

    public RecallPolicy(Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the recall window must be positive");
        }
        this.window = window;
    }

    /** Throws the reason the caller may not recall this one-to-one message now. */
    public void check(Message message, long callerId, Instant now) {
        if (message.fromId() != callerId) {
            throw new DomainException(ReasonCode.NOT_MESSAGE_SENDER);
        }
        checkWindow(message, now);
    }

    /**
     * Throws the reason the caller may not recall this message of the group now. The group's notices are nobody's
     * to take back: they record what happened.
     */
    public void checkInGroup(Message message, Group group, long callerId, Instant now) {
        boolean mayRecall = message.fromId() == callerId || group.owner().value() == callerId;
        if (message.isFromSystem() || !mayRecall) {
            throw new DomainException(ReasonCode.NOT_MESSAGE_SENDER);
        }
        checkWindow(message, now);
    }

    private void checkWindow(Message message, Instant now) {
        if (!message.recalled() && now.isAfter(message.createTime().plus(window))) {
            throw new DomainException(ReasonCode.RECALL_WINDOW_PASSED);
        }
    }
}
