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
 * A row of {@code group_user} (API.md b.6): one user's place in one group, with how far they have read its
 * conversation. {@code order} is left out: inserts leave it at its default.
 */
@Entity(name = "GroupUser")
@Table(name = "group_user")
// a nickname change and a read pointer moving at once must not undo each other
@DynamicUpdate
class GroupMemberEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    long groupId;

    @Column(name = "user_id", nullable = false, updatable = false)
    long userId;

    @Column(name = "nickname", nullable = false, length = 50)
    String nickname;

    @Column(name = "avatar", nullable = false, length = 1000)
    String avatar;

    @Column(name = "status", nullable = false)
    short status;

    /** How far the member has read the group's conversation: a seq, at most its last one, never lowered. */
    @Column(name = "read_seq", nullable = false)
    long readSeq;

    /** When the user joined or asked to: they read the group's history from then on. */
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false, updatable = false)
    Instant joinTime;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "update_time", nullable = false)
    Instant updateTime;

    GroupMemberEntity() {
    }
}
