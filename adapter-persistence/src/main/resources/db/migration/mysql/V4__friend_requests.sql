-- Friend requests (issue 5, API.md b.4, c.3 #9, #11–#13, #38, #41): applicant user_id asks target friend_id to be
-- friends. As in V2: the seed's column names, UTC wall-clock times to the millisecond written by the application
-- (the defaults only serve rows inserted by hand), flags as SMALLINT 0/1.

-- nickname is the applicant's words to the target. friendlookme, melookfriend, ismystarfriend and isblack are the
-- seed's copies of goodfriend's columns: never read, kept so that seed rows import as they are.
CREATE TABLE goodfriendapply (
    id             BIGINT NOT NULL AUTO_INCREMENT,
    user_id        BIGINT        NOT NULL,
    friend_id      BIGINT        NOT NULL,
    nickname       VARCHAR(50)   NOT NULL DEFAULT '',
    friendlookme   SMALLINT      NOT NULL DEFAULT 1,
    melookfriend   SMALLINT      NOT NULL DEFAULT 1,
    ismystarfriend SMALLINT      NOT NULL DEFAULT 0,
    isblack        SMALLINT      NOT NULL DEFAULT 0,
    status         VARCHAR(10)   NOT NULL DEFAULT 'pending',
    -- "<lower id>:<higher id>" while the request is pending, NULL once handled: its unique constraint lets at most
    -- one request between two users be pending, whoever made it, also when both ask at the same moment (the seed
    -- checked first and inserted after, so two requests could both pass the check). NULLs never collide.
    pending_pair   VARCHAR(41),
    create_time    DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    update_time    DATETIME(3)   NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    CONSTRAINT uq_goodfriendapply_pending_pair UNIQUE (pending_pair),
    CONSTRAINT fk_goodfriendapply_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT fk_goodfriendapply_friend FOREIGN KEY (friend_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT ck_goodfriendapply_status CHECK (status IN ('pending', 'refuse', 'agree', 'ignore')),
    -- a handled request holds no pair; a pending one may lack it only when it was inserted by hand
    CONSTRAINT ck_goodfriendapply_pending_pair CHECK (pending_pair IS NULL OR status = 'pending')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
-- the requests addressed to a user, newest first (#12), and their pending count
CREATE INDEX ix_goodfriendapply_friend_order ON goodfriendapply (friend_id, id);
-- the requests from one user to another (#9, #11), either way round (#38)
CREATE INDEX ix_goodfriendapply_pair ON goodfriendapply (user_id, friend_id);
