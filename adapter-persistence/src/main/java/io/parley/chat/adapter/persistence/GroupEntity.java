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
 * A row of {@code group} (API.md b.5). The row is also the lock that adding a member takes, so that the member count
 * a join reads cannot change before it is written.
 */
@Entity(name = "ChatGroup")
@Table(name = "`group`")
@DynamicUpdate
class GroupEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "uuid", nullable = false, length = 36, updatable = false)
    String uuid;

    /** The owner. */
    @Column(name = "user_id", nullable = false, updatable = false)
    long ownerId;

    @Column(name = "name", nullable = false, length = 50)
    String name;

    @Column(name = "avatar", length = 4000)
    String avatar;

    /** The announcement. */
    @Column(name = "remark")
    String remark;

    @Column(name = "invite_confirm", nullable = false)
    short inviteConfirm;

    @Column(name = "status", nullable = false)
    short status;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false, updatable = false)
    Instant createTime;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "update_time", nullable = false)
    Instant updateTime;

    GroupEntity() {
    }
}
