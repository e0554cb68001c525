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

/** A row of {@code user_block}: {@code blockerId} refuses messages from {@code blockedId}. Never updated. */
@Entity(name = "Block")
@Table(name = "user_block")
class BlockEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "blocker_id", nullable = false, updatable = false)
    long blockerId;

    @Column(name = "blocked_id", nullable = false, updatable = false)
    long blockedId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false, updatable = false)
    Instant createTime;

    BlockEntity() {
    }

    BlockEntity(long blockerId, long blockedId, Instant createTime) {
        this.blockerId = blockerId;
        this.blockedId = blockedId;
        this.createTime = createTime;
    }
}
