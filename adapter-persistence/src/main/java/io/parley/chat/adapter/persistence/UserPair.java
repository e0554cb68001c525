package io.parley.chat.adapter.persistence;

import io.parley.chat.domain.user.UserId;

/**
 * The unordered pair of a one-to-one conversation, as its row holds it: the lower id first. Each user is on one side
 * of the row ({@code *_low} or {@code *_high} columns); in a note to self both are the same user, on the low side.
 */
record UserPair(long low, long high) {
    static UserPair of(UserId a, UserId b) {
        return new UserPair(Math.min(a.value(), b.value()), Math.max(a.value(), b.value()));
    }

    boolean isLow(UserId user) {
        if (user.value() != low && user.value() != high) {
            throw new IllegalArgumentException("user " + user + " is not in the conversation of " + this);
        }
        return user.value() == low;
    }

    boolean isOpenFor(UserId user, ConversationEntity row) {
        return (isLow(user) ? row.openForLow : row.openForHigh) == ConversationEntity.YES;
    }

    long sentBy(UserId user, ConversationEntity row) {
        return isLow(user) ? row.sentByLow : row.sentByHigh;
    }

    void openFor(UserId user, ConversationEntity row) {
        if (isLow(user)) {
            row.openForLow = ConversationEntity.YES;
        } else {
            row.openForHigh = ConversationEntity.YES;
        }
    }

    void countSentBy(UserId user, ConversationEntity row) {
        if (isLow(user)) {
            row.sentByLow++;
        } else {
            row.sentByHigh++;
        }
    }

    /** How far the user has read the conversation. */
    long readBy(UserId user, ConversationEntity row) {
        return isLow(user) ? row.readSeqLow : row.readSeqHigh;
    }

    void markReadBy(UserId user, long seq, ConversationEntity row) {
        if (isLow(user)) {
            row.readSeqLow = seq;
        } else {
            row.readSeqHigh = seq;
        }
    }
}
