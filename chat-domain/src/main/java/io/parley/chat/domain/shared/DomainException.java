package io.parley.chat.domain.shared;

import java.util.Optional;

/**
 * A refusal with a stable reason: the request broke a rule and changed nothing.
 * Adapters turn it into {@code {msg:"fail", data:<text>, code:<reason>}} on HTTP or a {@code fail} frame.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ReasonCode reason;

    public DomainException(ReasonCode reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    protected DomainException(ReasonCode reason, String detail) {
        super(reason.name() + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public ReasonCode reason() {
        return reason;
    }

    /** The parameter at fault, for validation failures. */
    public Optional<String> field() {
        return Optional.empty();
    }

    /** The refusal in words, in the caller's language. */
    public String text(Language language) {
        return reason.text(language);
    }
}
