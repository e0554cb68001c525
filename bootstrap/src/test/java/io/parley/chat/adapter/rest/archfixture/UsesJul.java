package io.parley.chat.adapter.rest.archfixture;

/** Breaks NO_JAVA_UTIL_LOGGING. */
public class UsesJul {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("x");

    void log() {
        LOG.info("x");
    }
}
