package io.parley.chat.domain.group;

import io.parley.chat.domain.shared.Ensure;

/**
 * Who may join a group without the owner ({@code invite_confirm}, API.md f.2 as j.6 fixes it): 0 anyone; 2 any
 * registered user, visitors must log in first; 1 and every other value the owner approves, unless the owner invites.
 */
public record JoinPolicy(int value) {
    public static final JoinPolicy OPEN = new JoinPolicy(0);
    public static final int MAX = 10;

    public JoinPolicy {
        Ensure.range("addGroupSet", value, 0, MAX);
    }

    /** Whether a joiner of that kind becomes a member at once, without the owner's approval. */
    boolean admitsWithoutApproval(boolean joinerIsVisitor) {
        return value == 0 || value == 2 && !joinerIsVisitor;
    }

    /** Whether visitors are refused outright ({@code LOGIN_REQUIRED}) rather than left waiting. */
    boolean refusesVisitors() {
        return value == 2;
    }
}
