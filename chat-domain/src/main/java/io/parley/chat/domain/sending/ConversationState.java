package io.parley.chat.domain.sending;

/**
 * What a one-to-one conversation says about the sender, read where the store serialises writers to it, so that two
 * parallel first messages of a stranger cannot both pass the one-message rule.
 *
 * @param openForSender the recipient has written to the sender, or followed them, at some time: the one-message
 *     rule no longer applies to the sender, for good (API.md j.9)
 * @param sentBySender user messages the sender has sent in this conversation so far
 */
public record ConversationState(boolean openForSender, long sentBySender) {
    public static final ConversationState NEW = new ConversationState(false, 0);
}
