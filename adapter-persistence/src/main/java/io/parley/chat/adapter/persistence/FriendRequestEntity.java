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
 * A row of {@code goodfriendapply} (API.md b.4): {@code applicantId} asks {@code targetId} to be friends. The seed's
 * copied flag columns are left out: nothing reads them, and inserts leave them at their defaults.
 */
@Entity(name = "FriendRequest")
@Table(name = "goodfriendapply")
@DynamicUpdate
class FriendRequestEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    long applicantId;

    @Column(name = "friend_id", nullable = false, updatable = false)
    long targetId;

    /** The applicant's words to the target. */
    @Column(name = "nickname", nullable = false, length = 50)
    String text;

    /** The wire name of the status: {@code pending}, {@code refuse}, {@code agree}, {@code ignore}. */
    @Column(name = "status", nullable = false, length = 10)
    String status;

    /** {@link #pendingPair(long, long)} while pending, null once handled (see V4). */
    @Column(name = "pending_pair", length = 41)
    String pendingPair;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false, updatable = false)
    Instant createTime;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "update_time", nullable = false)
    Instant updateTime;

    FriendRequestEntity() {
    }

    /** The same key for both directions, so that the unique constraint sees A→B and B→A as one pair. */
    static String pendingPair(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
