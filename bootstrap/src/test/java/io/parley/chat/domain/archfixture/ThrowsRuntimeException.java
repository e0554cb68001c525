package io.parley.chat.domain.archfixture;

/** Breaks NO_GENERIC_EXCEPTIONS. */
public class ThrowsRuntimeException {
    void fail() {
        throw new RuntimeException("vague");
    }
}
