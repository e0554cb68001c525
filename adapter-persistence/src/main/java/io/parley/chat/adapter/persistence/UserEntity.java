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
 * A row of {@code user} (API.md b.1). Columns the domain does not use yet (openids, verification flags, soft delete,
 * {@code order}) are left out, so inserts leave them at their defaults and updates never touch them. Times are
 * TIMESTAMP columns holding UTC wall-clock time ({@link HibernatePersistence} sets the JDBC time zone to UTC).
 */
@Entity(name = "User")
@Table(name = "`user`")
// only changed columns are written, so that two updates of different fields of one user do not undo each other
@DynamicUpdate
class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "uuid", nullable = false, length = 36)
    String uuid;

    @Column(name = "username", nullable = false, length = 50)
    String username;

    @Column(name = "password", nullable = false, length = 255)
    String passwordHash;

    @Column(name = "nickname", nullable = false, length = 50)
    String nickname;

    @Column(name = "avatar", length = 1000)
    String avatar;

    @Column(name = "devicefingeruuid", length = 200)
    String device;

    @Column(name = "uniplatform", nullable = false, length = 100)
    String uniplatform;

    @Column(name = "devicemodel", nullable = false, length = 100)
    String devicemodel;

    @Column(name = "deviceos", nullable = false, length = 100)
    String deviceos;

    @Column(name = "devicebrand", nullable = false, length = 100)
    String devicebrand;

    @Column(name = "userset", nullable = false)
    String settingsJson;

    @Column(name = "chat_visitor_send_count")
    Short chatVisitorSendCount;

    @Column(name = "chat_visitor_need_follow")
    Short chatVisitorNeedFollow;

    @Column(name = "chat_user_send_count")
    Short chatUserSendCount;

    @Column(name = "chat_user_need_follow")
    Short chatUserNeedFollow;

    @Column(name = "invite_confirm", nullable = false)
    short inviteConfirm;

    @Column(name = "mobile", length = 20)
    String mobile;

    @Column(name = "email", length = 100)
    String email;

    @Column(name = "status", nullable = false)
    short status;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "last_login")
    Instant lastLogin;

    @Column(name = "last_login_ip", length = 45)
    String lastLoginIp;

    @Column(name = "register_ip", length = 45)
    String registerIp;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "register_time", nullable = false)
    Instant registerTime;

    @Column(name = "role", nullable = false, length = 20)
    String role;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false)
    Instant createTime;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "update_time", nullable = false)
    Instant updateTime;

    UserEntity() {
    }
}
