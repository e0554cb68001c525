-- One-to-one chat (issue 3): contact entries (API.md b.3), blocks and follows (j.3), conversations with their
-- sequence counters, messages (b.8) and each recipient's inbox of undelivered messages (j.4). As in V1: the seed's
-- column names where the seed had the table, UTC wall-clock times to the millisecond written by the application
-- (the defaults only serve rows inserted by hand), flags as SMALLINT 0/1.
-- utf8mb4_bin compares client message ids exactly, as PostgreSQL and H2 do. MEDIUMTEXT: 60 000 characters of
-- data may take more than TEXT's 64 KiB in UTF-8. Expression defaults need MariaDB 10.2 / MySQL 8.0.13.

-- A directed contact entry: user_id has friend_id in their contacts; a friendship is two of them.
CREATE TABLE goodfriend (
    id             BIGINT NOT NULL AUTO_INCREMENT,
    user_id        BIGINT        NOT NULL,
    friend_id      BIGINT        NOT NULL,
    -- the remark user_id gives friend_id, '' when none
    nickname       VARCHAR(50)   NOT NULL DEFAULT '',
    friendlookme   SMALLINT      NOT NULL DEFAULT 1,
    melookfriend   SMALLINT      NOT NULL DEFAULT 1,
    ismystarfriend SMALLINT      NOT NULL DEFAULT 0,
    -- kept for seed imports only: Parley reads blocks from user_block, which exist with or without friendship
    isblack        SMALLINT      NOT NULL DEFAULT 0,
    -- administrator's flag: 1 normal; an entry in any other state counts as no contact
    status         SMALLINT      NOT NULL DEFAULT 1,
    `order`        INTEGER                DEFAULT 50,
    create_time    DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    update_time    DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    -- the seed had none, so concurrent requests could duplicate a friendship (G-DB2)
    CONSTRAINT uq_goodfriend_pair UNIQUE (user_id, friend_id),
    CONSTRAINT fk_goodfriend_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT fk_goodfriend_friend FOREIGN KEY (friend_id) REFERENCES `user` (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_goodfriend_friend ON goodfriend (friend_id);

-- blocker_id refuses messages from blocked_id; the id orders a blocker's list, most recent first
CREATE TABLE user_block (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    blocker_id  BIGINT        NOT NULL,
    blocked_id  BIGINT        NOT NULL,
    create_time DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    CONSTRAINT uq_user_block_pair UNIQUE (blocker_id, blocked_id),
    CONSTRAINT fk_user_block_blocker FOREIGN KEY (blocker_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_block_blocked FOREIGN KEY (blocked_id) REFERENCES `user` (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_user_block_blocked ON user_block (blocked_id);

-- follower_id follows followee_id; both lists (whom I follow, who follows me) are ordered by id, most recent first
CREATE TABLE user_follow (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    follower_id BIGINT        NOT NULL,
    followee_id BIGINT        NOT NULL,
    create_time DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    CONSTRAINT uq_user_follow_pair UNIQUE (follower_id, followee_id),
    CONSTRAINT fk_user_follow_follower FOREIGN KEY (follower_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_follow_followee FOREIGN KEY (followee_id) REFERENCES `user` (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_user_follow_followee ON user_follow (followee_id, id);

-- One row per unordered user pair (user_low <= user_high; a note to self has user_low = user_high) or, later, per
-- group. Appends lock the row, so last_seq grows without gaps and the one-message rule reads counts no parallel
-- append can change. sent_by_* counts user messages of each side, open_for_* says the one-message rule no longer
-- applies to that side (the peer wrote or followed).
CREATE TABLE conversation (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(10)   NOT NULL,
    user_low      BIGINT,
    user_high     BIGINT,
    group_id      BIGINT,
    last_seq      BIGINT        NOT NULL DEFAULT 0,
    sent_by_low   BIGINT        NOT NULL DEFAULT 0,
    sent_by_high  BIGINT        NOT NULL DEFAULT 0,
    open_for_low  SMALLINT      NOT NULL DEFAULT 0,
    open_for_high SMALLINT      NOT NULL DEFAULT 0,
    update_time   DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    CONSTRAINT uq_conversation_pair UNIQUE (user_low, user_high),
    CONSTRAINT uq_conversation_group UNIQUE (group_id),
    CONSTRAINT fk_conversation_low FOREIGN KEY (user_low) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT fk_conversation_high FOREIGN KEY (user_high) REFERENCES `user` (id) ON DELETE CASCADE,
    -- MySQL 8 refuses CHECKs on columns with ON DELETE CASCADE, so the pair's shape is checked by the other
    -- databases only; the application writes it the same way everywhere
    CONSTRAINT ck_conversation_kind CHECK (kind IN ('single', 'group')),
    CONSTRAINT ck_conversation_flags CHECK (open_for_low IN (0, 1) AND open_for_high IN (0, 1))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_conversation_high ON conversation (user_high);

-- A message as the seed's clients know it (b.8), with its place in its conversation. from_id 0 is the system and
-- to_id may be a group, so neither refers to user. data is the client's text ('text') or a notice's JSON ('json').
CREATE TABLE message (
    id              VARCHAR(36)   NOT NULL,
    conversation_id BIGINT        NOT NULL,
    seq             BIGINT        NOT NULL,
    from_id         BIGINT        NOT NULL,
    from_name       VARCHAR(100)  NOT NULL DEFAULT '',
    from_avatar     VARCHAR(1000) NOT NULL DEFAULT '',
    sender_uuid     VARCHAR(36)   NOT NULL DEFAULT '',
    to_id           BIGINT        NOT NULL,
    to_name         VARCHAR(100)  NOT NULL DEFAULT '',
    -- a group's avatar is a list of its members' avatars
    to_avatar       MEDIUMTEXT    NOT NULL,
    chat_type       VARCHAR(10)   NOT NULL,
    type            VARCHAR(50)   NOT NULL,
    data_kind       VARCHAR(10)   NOT NULL,
    data            MEDIUMTEXT    NOT NULL,
    options         MEDIUMTEXT,
    -- the sender's own id of the message: a repeat returns the stored message (j.4); NULLs do not collide
    client_msg_id   VARCHAR(64),
    create_time     DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    isremove        SMALLINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_message_seq UNIQUE (conversation_id, seq),
    CONSTRAINT uq_message_client_id UNIQUE (from_id, client_msg_id),
    CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE,
    CONSTRAINT ck_message_chat_type CHECK (chat_type IN ('single', 'group')),
    CONSTRAINT ck_message_data_kind CHECK (data_kind IN ('text', 'json')),
    CONSTRAINT ck_message_isremove CHECK (isremove IN (0, 1))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A message the recipient's client does not have yet; the id keeps the order messages were stored in.
CREATE TABLE inbox_entry (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT        NOT NULL,
    message_id   VARCHAR(36)   NOT NULL,
    create_time  DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    CONSTRAINT uq_inbox_entry_recipient_message UNIQUE (recipient_id, message_id),
    CONSTRAINT fk_inbox_entry_recipient FOREIGN KEY (recipient_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT fk_inbox_entry_message FOREIGN KEY (message_id) REFERENCES message (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_inbox_entry_recipient_order ON inbox_entry (recipient_id, id);
CREATE INDEX ix_inbox_entry_message ON inbox_entry (message_id);
