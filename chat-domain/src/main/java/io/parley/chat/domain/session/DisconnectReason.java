package io.parley.chat.domain.session;

/** Why the server ends a user's live connections (each has its own WebSocket close code, API.md j.9). */
public enum DisconnectReason {
    /** The user logged out. */
    LOGGED_OUT,
    /** Another login or connection of the same user took over (single-device rule). */
    REPLACED,
    /** An administrator disabled the user. */
    DISABLED
}
