package io.parley.chat.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code user_info} (API.md b.2), one per user. The owner is held by id rather than as an association:
 * the profile is always read together with its user in one query, and a plain column needs no proxies.
 */
@Entity(name = "UserInfo")
@Table(name = "user_info")
@DynamicUpdate
class UserInfoEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    Long userId;

    /** {@code male}, {@code female} or {@code unknown}. */
    @Column(name = "gender", nullable = false, length = 10)
    String gender;

    @Column(name = "birthday")
    LocalDate birthday;

    @Column(name = "bio", length = 200)
    String bio;

    @Column(name = "location", length = 100)
    String location;

    @Column(name = "website", length = 255)
    String website;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false)
    Instant createTime;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "update_time", nullable = false)
    Instant updateTime;

    UserInfoEntity() {
    }
}
