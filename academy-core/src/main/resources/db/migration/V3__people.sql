-- People, practices, memberships, invitations, account links, sign-in attempts, the audit trail
-- and the mail outbox. Written for both PostgreSQL and H2 (PostgreSQL mode): portable types
-- only. Sequences start at 50 because EclipseLink reads each value as the end of a block of 50.
-- (V2 was taken by the catalogue's sequence fix, so this is V3.)

CREATE SEQUENCE practice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq  START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE signin_seq   START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq    START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_seq     START WITH 50 INCREMENT BY 50;

CREATE TABLE practice (
    id                    BIGINT        PRIMARY KEY,
    ods_code              VARCHAR(6)    NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    name_lower            VARCHAR(200)  NOT NULL,
    pcn                   VARCHAR(200)  NOT NULL,
    address               VARCHAR(500)  NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    join_code             VARCHAR(8)    NOT NULL,
    join_code_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_practice_ods_code UNIQUE (ods_code),
    CONSTRAINT uq_practice_join_code UNIQUE (join_code),
    CONSTRAINT ck_practice_status CHECK (status IN ('ACTIVE', 'ARCHIVED'))
);
CREATE INDEX ix_practice_name ON practice (name_lower);

CREATE TABLE person (
    id             BIGINT        PRIMARY KEY,
    display_name   VARCHAR(100)  NOT NULL,
    email          VARCHAR(254)  NOT NULL,
    -- Uniqueness without regard to case, through a stored lower-cased copy (portable, unlike an
    -- index on lower(email)).
    email_lower    VARCHAR(254)  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    password_hash  VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_person_email_lower UNIQUE (email_lower),
    CONSTRAINT ck_person_status CHECK (status IN ('INVITED', 'UNVERIFIED', 'ACTIVE', 'SUSPENDED'))
);

CREATE TABLE person_system_role (
    person_id  BIGINT       NOT NULL REFERENCES person (id),
    role       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT ck_person_system_role CHECK (role IN ('ASSESSOR', 'ADMINISTRATOR'))
);

CREATE TABLE membership (
    id           BIGINT       PRIMARY KEY,
    person_id    BIGINT       NOT NULL REFERENCES person (id),
    practice_id  BIGINT       NOT NULL REFERENCES practice (id),
    job_role     VARCHAR(30)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    ended_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_membership_status CHECK (status IN ('PENDING', 'ACTIVE', 'ENDED', 'REJECTED')),
    CONSTRAINT ck_membership_started CHECK (status = 'PENDING' OR status = 'REJECTED' OR started_at IS NOT NULL),
    CONSTRAINT ck_membership_ended CHECK (status IN ('PENDING', 'ACTIVE') OR ended_at IS NOT NULL)
);
CREATE INDEX ix_membership_practice_status ON membership (practice_id, status);
CREATE INDEX ix_membership_person_status ON membership (person_id, status);

CREATE TABLE invitation (
    id            BIGINT        PRIMARY KEY,
    practice_id   BIGINT        NOT NULL REFERENCES practice (id),
    email         VARCHAR(254)  NOT NULL,
    email_lower   VARCHAR(254)  NOT NULL,
    display_name  VARCHAR(100)  NOT NULL,
    job_role      VARCHAR(30)   NOT NULL,
    -- SHA-256 (hex) of the mailed token; the token itself is never stored.
    token_hash    VARCHAR(64)     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    invited_by    BIGINT        REFERENCES person (id),
    accepted_by   BIGINT        REFERENCES person (id),
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_invitation_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_invitation_practice_email ON invitation (practice_id, email_lower);

CREATE TABLE account_token (
    id           BIGINT        PRIMARY KEY,
    person_id    BIGINT        NOT NULL REFERENCES person (id),
    purpose      VARCHAR(30)   NOT NULL,
    token_hash   VARCHAR(64)     NOT NULL,
    new_email    VARCHAR(254),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('PASSWORD_RESET', 'ACCOUNT_SET_UP', 'EMAIL_VERIFICATION', 'EMAIL_CHANGE'))
);
CREATE INDEX ix_account_token_person ON account_token (person_id, purpose);

-- Sign-in attempts for the throttle; pruned after a day (the audit trail keeps the record).
CREATE TABLE signin_attempt (
    id              BIGINT        PRIMARY KEY,
    account_key     VARCHAR(254)  NOT NULL,
    client_address  VARCHAR(64)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_signin_attempt_account ON signin_attempt (account_key, attempted_at);
CREATE INDEX ix_signin_attempt_address ON signin_attempt (client_address, attempted_at);
CREATE INDEX ix_signin_attempt_time ON signin_attempt (attempted_at);

-- Append-only. No foreign keys on purpose: an entry must outlive anything it mentions, and
-- "system"/"anonymous" entries have no person.
CREATE TABLE audit_entry (
    id              BIGINT         PRIMARY KEY,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    person_id       BIGINT,
    actor_name      VARCHAR(200)   NOT NULL,
    action          VARCHAR(60)    NOT NULL,
    subject_type    VARCHAR(40)    NOT NULL,
    subject_key     VARCHAR(254)   NOT NULL,
    practice_id     BIGINT,
    client_address  VARCHAR(64)    NOT NULL,
    details         VARCHAR(1000)  NOT NULL
);
CREATE INDEX ix_audit_created ON audit_entry (created_at);
CREATE INDEX ix_audit_practice_created ON audit_entry (practice_id, created_at);
CREATE INDEX ix_audit_person_created ON audit_entry (person_id, created_at);
CREATE INDEX ix_audit_action_created ON audit_entry (action, created_at);

CREATE TABLE mail_outbox (
    id          BIGINT        PRIMARY KEY,
    recipient   VARCHAR(254)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    body        TEXT          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE,
    channel     VARCHAR(10),
    attempts    INTEGER       NOT NULL,
    last_error  VARCHAR(500)
);
CREATE INDEX ix_mail_outbox_pending ON mail_outbox (sent_at, id);
