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

/** A row of {@code user_follow}: {@code followerId} follows {@code followeeId}. Never updated. */
@Entity(name = "Follow")
@Table(name = "user_follow")
class FollowEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "follower_id", nullable = false, updatable = false)
    long followerId;

    @Column(name = "followee_id", nullable = false, updatable = false)
    long followeeId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false, updatable = false)
    Instant createTime;

    FollowEntity() {
    }

    FollowEntity(long followerId, long followeeId, Instant createTime) {
        this.followerId = followerId;
        this.followeeId = followeeId;
        this.createTime = createTime;
    }
}
