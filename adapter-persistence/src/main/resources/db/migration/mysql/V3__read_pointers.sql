-- Read receipts and unread counts (issue 3, API.md j.4, j.9): each side of a one-to-one conversation has read it up
-- to read_seq_* (the low side's pointer in read_seq_low, as with sent_by_* and open_for_*; a note to self uses the
-- low side). A pointer only moves forward and never past last_seq, so that it cannot swallow messages not yet sent.
--
-- No new index: history reads uq_message_seq (conversation_id, seq) backwards from before_seq, and counting the
-- unread messages of a conversation is a range of that same index; the conversation list looks up my rows through
-- uq_conversation_pair (user_low, …) and ix_conversation_high (user_high), one query per side, and orders the
-- handful of rows it gets in memory. An index holding update_time would be rewritten by every message sent.
ALTER TABLE conversation
    ADD COLUMN read_seq_low BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN read_seq_high BIGINT NOT NULL DEFAULT 0;

-- what was written before read receipts existed counts as read, rather than every old conversation lighting up
UPDATE conversation SET read_seq_low = last_seq, read_seq_high = last_seq;

ALTER TABLE conversation ADD CONSTRAINT ck_conversation_read CHECK (
    read_seq_low >= 0 AND read_seq_low <= last_seq AND read_seq_high >= 0 AND read_seq_high <= last_seq);
