-- Accounts (API.md b.1) and their profiles (b.2) on MariaDB and MySQL, with the seed's column names so that a seed
-- database can be imported. Times are UTC wall-clock values with millisecond precision; the application writes every
-- one of them, the defaults only serve rows inserted by hand. Expression defaults need MariaDB 10.2 / MySQL 8.0.13.
-- utf8mb4_bin makes names and device ids match exactly, as on PostgreSQL and H2 (the server default collation
-- would make 'Alice' and 'alice' the same user on this database only). No TEXT default: strict mode refuses it.

CREATE TABLE `user` (
    id                       BIGINT NOT NULL AUTO_INCREMENT,
    uuid                     VARCHAR(36)   NOT NULL,
    username                 VARCHAR(50)   NOT NULL,
    password                 VARCHAR(255)  NOT NULL,
    nickname                 VARCHAR(50)   NOT NULL DEFAULT '',
    avatar                   VARCHAR(1000)          DEFAULT 'https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/user.jpg',
    -- NULL for every account that is not a visitor: unique only when present (G-DB1)
    devicefingeruuid         VARCHAR(200),
    uniplatform              VARCHAR(100)  NOT NULL DEFAULT '',
    devicemodel              VARCHAR(100)  NOT NULL DEFAULT '',
    deviceos                 VARCHAR(100)  NOT NULL DEFAULT '',
    devicebrand              VARCHAR(100)  NOT NULL DEFAULT '',
    -- the settings document exactly as the client saved it, '' when none
    userset                  MEDIUMTEXT    NOT NULL,
    -- userset.chatset as read when it was saved, so that reading a user needs no JSON; NULL = the default policy
    chat_visitor_send_count  SMALLINT,
    chat_visitor_need_follow SMALLINT,
    chat_user_send_count     SMALLINT,
    chat_user_need_follow    SMALLINT,
    invite_confirm           SMALLINT      NOT NULL DEFAULT 0,
    mobile                   VARCHAR(20),
    email                    VARCHAR(100),
    status                   SMALLINT      NOT NULL DEFAULT 1,
    last_login               DATETIME(3),
    last_login_ip            VARCHAR(45),
    register_ip              VARCHAR(45),
    register_time            DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    is_deleted               SMALLINT      NOT NULL DEFAULT 0,
    wechat_openid            VARCHAR(128),
    qq_openid                VARCHAR(128),
    weibo_uid                VARCHAR(128),
    role                     VARCHAR(20)   NOT NULL DEFAULT 'user',
    is_email_verified        SMALLINT      NOT NULL DEFAULT 0,
    is_mobile_verified       SMALLINT      NOT NULL DEFAULT 0,
    `order`                  INTEGER                DEFAULT 50,
    create_time              DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    update_time              DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    CONSTRAINT uq_user_uuid UNIQUE (uuid),
    CONSTRAINT uq_user_username UNIQUE (username),
    CONSTRAINT uq_user_devicefingeruuid UNIQUE (devicefingeruuid),
    CONSTRAINT uq_user_mobile UNIQUE (mobile),
    CONSTRAINT uq_user_email UNIQUE (email),
    CONSTRAINT ck_user_role CHECK (role IN ('user', 'visitor')),
    CONSTRAINT ck_user_chat_visitor CHECK (
        (chat_visitor_send_count IS NULL AND chat_visitor_need_follow IS NULL)
        OR (chat_visitor_send_count IN (0, 1, 2) AND chat_visitor_need_follow IN (0, 1))),
    CONSTRAINT ck_user_chat_user CHECK (
        (chat_user_send_count IS NULL AND chat_user_need_follow IS NULL)
        OR (chat_user_send_count IN (0, 1, 2) AND chat_user_need_follow IN (0, 1)))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE user_info (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    user_id     BIGINT        NOT NULL,
    gender      VARCHAR(10)   NOT NULL DEFAULT 'unknown',
    birthday    DATE,
    bio         VARCHAR(200),
    location    VARCHAR(100),
    website     VARCHAR(255),
    `order`     INTEGER                DEFAULT 50,
    create_time DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    update_time DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    CONSTRAINT uq_user_info_user_id UNIQUE (user_id),
    CONSTRAINT fk_user_info_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_info_gender CHECK (gender IN ('male', 'female', 'unknown'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
