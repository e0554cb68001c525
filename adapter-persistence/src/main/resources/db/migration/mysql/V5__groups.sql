-- Groups (issue 6, API.md b.5, b.6, f, j.6, j.9): a group with its owner, join policy and state, and one member row
-- per group and user. As in V2: the seed's column names, UTC wall-clock times to the millisecond written by the
-- application (the defaults only serve rows inserted by hand), codes as SMALLINT.

-- status: 1 normal, 2 locked (reads only), 0 dissolved. Dissolving keeps the row, its members and its history
-- (G-G8); the row goes only with its owner's account.
CREATE TABLE `group` (
    id             BIGINT NOT NULL AUTO_INCREMENT,
    uuid           VARCHAR(36)   NOT NULL,
    user_id        BIGINT        NOT NULL,
    name           VARCHAR(50)   NOT NULL,
    -- comma-separated avatars of up to nine members (f.4)
    avatar         VARCHAR(4000)          DEFAULT 'https://docs-51yrc-com.oss-cn-hangzhou.aliyuncs.com/chat/group.png',
    -- the announcement; NULL reads as none
    remark         TEXT,
    invite_confirm SMALLINT      NOT NULL DEFAULT 0,
    status         SMALLINT      NOT NULL DEFAULT 1,
    create_time    DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    update_time    DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    CONSTRAINT uq_group_uuid UNIQUE (uuid),
    CONSTRAINT fk_group_owner FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT ck_group_invite_confirm CHECK (invite_confirm BETWEEN 0 AND 10),
    CONSTRAINT ck_group_status CHECK (status IN (0, 1, 2))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_group_owner ON `group` (user_id);

-- status: 1 active, 2 waiting for the owner's approval, 0 muted. create_time is when the user joined (or asked to):
-- a member reads the group's history from then on. read_seq is how far the member has read the group's conversation
-- (never past its last_seq, which the application checks under the conversation's lock: a CHECK cannot see the
-- other table).
CREATE TABLE group_user (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    group_id    BIGINT        NOT NULL,
    user_id     BIGINT        NOT NULL,
    -- the member's name and avatar in this group, '' for their own
    nickname    VARCHAR(50)   NOT NULL DEFAULT '',
    avatar      VARCHAR(1000) NOT NULL DEFAULT '',
    status      SMALLINT      NOT NULL DEFAULT 1,
    `order`     INTEGER                DEFAULT 50,
    read_seq    BIGINT        NOT NULL DEFAULT 0,
    create_time DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    update_time DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    -- the seed had none, so two joins at once could make two rows for one user (G-DB2)
    CONSTRAINT uq_group_user_member UNIQUE (group_id, user_id),
    CONSTRAINT fk_group_user_group FOREIGN KEY (group_id) REFERENCES `group` (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_user_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT ck_group_user_status CHECK (status IN (0, 1, 2)),
    CONSTRAINT ck_group_user_read_seq CHECK (read_seq >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
-- my groups (#23) and my group conversations; the members of a group read uq_group_user_member
CREATE INDEX ix_group_user_user ON group_user (user_id);

-- A group's conversation belongs to its group. Not ON DELETE CASCADE: the history outlives every change of the group
-- (dissolving only sets its status), so a group with messages cannot vanish by accident, not even with its owner's
-- account; deleting such a group means deleting its conversation first, on purpose.
ALTER TABLE conversation ADD CONSTRAINT fk_conversation_group FOREIGN KEY (group_id) REFERENCES `group` (id);
