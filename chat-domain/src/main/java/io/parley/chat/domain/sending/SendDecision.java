package io.parley.chat.domain.sending;

import io.parley.chat.domain.shared.ReasonCode;
import java.util.Objects;

/** The domain's answer to "may this message be sent?": allowed, with the names it carries, or denied with a reason. */
public sealed interface SendDecision permits SendDecision.Allowed, SendDecision.Denied {

    boolean isAllowed();

    /** Allowed; {@code fromName} / {@code toName} as the display-name rule gives them (API.md b.8, e). */
    record Allowed(String fromName, String toName) implements SendDecision {
        public Allowed {
            Objects.requireNonNull(fromName, "fromName");
            Objects.requireNonNull(toName, "toName");
        }

        @Override
        public boolean isAllowed() {
            return true;
        }
    }

    /** Refused by a rule; nothing is stored. */
    record Denied(ReasonCode reason) implements SendDecision {
        public Denied {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }
}
