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
 * A row of {@code goodfriend} (API.md b.3): {@code userId} has {@code friendId} in their contacts. {@code isblack} and
 * {@code order} are left out: blocks live in {@code user_block}, and inserts leave both at their defaults.
 */
@Entity(name = "GoodFriend")
@Table(name = "goodfriend")
@DynamicUpdate
class FriendshipEntity {
    static final short NORMAL = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    long userId;

    @Column(name = "friend_id", nullable = false, updatable = false)
    long friendId;

    /** The remark the owner gives the friend. */
    @Column(name = "nickname", nullable = false, length = 50)
    String nickname;

    @Column(name = "friendlookme", nullable = false)
    short friendLooksAtMe;

    @Column(name = "melookfriend", nullable = false)
    short iLookAtFriend;

    @Column(name = "ismystarfriend", nullable = false)
    short starred;

    @Column(name = "status", nullable = false)
    short status;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false)
    Instant createTime;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "update_time", nullable = false)
    Instant updateTime;

    FriendshipEntity() {
    }
}
