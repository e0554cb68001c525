package io.parley.chat.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code inbox_entry}: a message the recipient's client does not have yet. The id orders the inbox. */
@Entity(name = "InboxEntry")
@Table(name = "inbox_entry")
class InboxEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    long recipientId;

    @Column(name = "message_id", nullable = false, length = 36, updatable = false)
    String messageId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false, updatable = false)
    Instant createTime;

    InboxEntryEntity() {
    }

    InboxEntryEntity(long recipientId, String messageId, Instant createTime) {
        this.recipientId = recipientId;
        this.messageId = messageId;
        this.createTime = createTime;
    }
}
