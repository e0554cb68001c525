package io.parley.chat.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code conversation}: one per unordered user pair ({@code userLow <= userHigh}) or one per group. The row is
 * the lock every append to the conversation takes; its counters and read pointers are only changed under that lock
 * (a group member's read pointer lives on their {@code group_user} row, moved under this lock too).
 */
@Entity(name = "Conversation")
@Table(name = "conversation")
@DynamicUpdate
class ConversationEntity {
    static final String SINGLE = "single";
    static final String GROUP = "group";
    static final short NO = 0;
    static final short YES = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    /** {@code single} or {@code group}. */
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    String kind;

    @Column(name = "user_low", updatable = false)
    Long userLow;

    @Column(name = "user_high", updatable = false)
    Long userHigh;

    @Column(name = "group_id", updatable = false)
    Long groupId;

    @Column(name = "last_seq", nullable = false)
    long lastSeq;

    @Column(name = "sent_by_low", nullable = false)
    long sentByLow;

    @Column(name = "sent_by_high", nullable = false)
    long sentByHigh;

    @Column(name = "open_for_low", nullable = false)
    short openForLow;

    @Column(name = "open_for_high", nullable = false)
    short openForHigh;

    /** How far the low side has read: a seq, at most {@link #lastSeq}, never lowered. */
    @Column(name = "read_seq_low", nullable = false)
    long readSeqLow;

    @Column(name = "read_seq_high", nullable = false)
    long readSeqHigh;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "update_time", nullable = false)
    Instant updateTime;

    ConversationEntity() {
    }

    static ConversationEntity single(UserPair pair, Instant at) {
        ConversationEntity row = new ConversationEntity();
        row.kind = SINGLE;
        row.userLow = pair.low();
        row.userHigh = pair.high();
        row.updateTime = at;
        return row;
    }

    static ConversationEntity group(long groupId, Instant at) {
        ConversationEntity row = new ConversationEntity();
        row.kind = GROUP;
        row.groupId = groupId;
        row.updateTime = at;
        return row;
    }

    /** The seq the next message takes. */
    long nextSeq() {
        return lastSeq + 1;
    }

    /** Counts the message in, which took {@link #nextSeq()}; a message stamped earlier leaves the update time. */
    void appended(MessageEntity message) {
        lastSeq = message.seq;
        if (updateTime.isBefore(message.createTime)) {
            updateTime = message.createTime;
        }
    }
}
