-- The kite-mark scheme as loaded from content/scheme (each stored revision immutable), and the
-- practices' evidence statements for evidence criteria (append-only: a new statement supersedes
-- the previous one, which stays). Portable to PostgreSQL and H2 (PostgreSQL mode). Sequences start
-- at 50 because EclipseLink reads each value as the end of a block of 50.

CREATE SEQUENCE accreditation_seq START WITH 50 INCREMENT BY 50;

-- One row per version of the scheme file and revision of its text; exactly one is current.
CREATE TABLE accreditation_scheme (
    id             BIGINT        PRIMARY KEY,
    version        INTEGER       NOT NULL,
    revision       INTEGER       NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    content_hash   VARCHAR(64)   NOT NULL,
    is_current     BOOLEAN       NOT NULL,
    loaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_scheme_revision UNIQUE (version, revision)
);

CREATE TABLE accreditation_level (
    id          BIGINT         PRIMARY KEY,
    scheme_id   BIGINT         NOT NULL REFERENCES accreditation_scheme (id),
    level_rank  INTEGER        NOT NULL,
    slug        VARCHAR(80)    NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    summary     VARCHAR(2000)  NOT NULL,
    CONSTRAINT uq_level_rank UNIQUE (scheme_id, level_rank),
    CONSTRAINT uq_level_slug UNIQUE (scheme_id, slug)
);

CREATE TABLE accreditation_criterion (
    id               BIGINT         PRIMARY KEY,
    scheme_id        BIGINT         NOT NULL REFERENCES accreditation_scheme (id),
    slug             VARCHAR(80)    NOT NULL,
    position         INTEGER        NOT NULL,
    level_rank       INTEGER        NOT NULL,
    area             VARCHAR(40)    NOT NULL,
    title            VARCHAR(300)   NOT NULL,
    why              VARCHAR(2000)  NOT NULL,
    kind             VARCHAR(30)    NOT NULL,
    target           INTEGER        NOT NULL,
    roles            VARCHAR(500)   NOT NULL,
    modules          VARCHAR(1000)  NOT NULL,
    path_slug        VARCHAR(80),
    measure          VARCHAR(40),
    condition_focus  VARCHAR(20),
    ask              VARCHAR(2000),
    guides           VARCHAR(1000)  NOT NULL,
    showcases        VARCHAR(1000)  NOT NULL,
    CONSTRAINT uq_criterion_slug UNIQUE (scheme_id, slug),
    CONSTRAINT ck_criterion_kind CHECK (kind IN ('TRAINING_COVERAGE', 'PPG_TRAINING', 'METRIC_THRESHOLD', 'SESSIONS', 'EVIDENCE')),
    CONSTRAINT ck_criterion_target CHECK (target >= 0)
);

-- Keyed by the criterion's id in the scheme (its slug), so a statement still counts when a new
-- revision of the scheme keeps the criterion.
CREATE TABLE accreditation_evidence (
    id              BIGINT         PRIMARY KEY,
    practice_id     BIGINT         NOT NULL REFERENCES practice (id),
    criterion_slug  VARCHAR(80)    NOT NULL,
    revision        INTEGER        NOT NULL,
    statement       VARCHAR(4000)  NOT NULL,
    link            VARCHAR(1000)  NOT NULL,
    is_latest       BOOLEAN        NOT NULL,
    submitted_by    BIGINT,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_evidence_revision UNIQUE (practice_id, criterion_slug, revision)
);
CREATE INDEX ix_evidence_practice_latest ON accreditation_evidence (practice_id, is_latest);

-- A practice's application for a level, with a frozen copy of every criterion the level required
-- as it stood at that moment. Both append-only: the copy is never changed; what assessors later
-- decide is recorded beside it.
CREATE TABLE accreditation_application (
    id              BIGINT        PRIMARY KEY,
    practice_id     BIGINT        NOT NULL REFERENCES practice (id),
    scheme_id       BIGINT        NOT NULL REFERENCES accreditation_scheme (id),
    level_slug      VARCHAR(80)   NOT NULL,
    level_rank      INTEGER       NOT NULL,
    level_title     VARCHAR(200)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    submitted_by    BIGINT,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_application_status CHECK (status IN ('SUBMITTED'))
);
CREATE INDEX ix_application_practice ON accreditation_application (practice_id, submitted_at);

CREATE TABLE accreditation_application_criterion (
    application_id       BIGINT         NOT NULL REFERENCES accreditation_application (id),
    position             INTEGER        NOT NULL,
    criterion_slug       VARCHAR(80)    NOT NULL,
    title                VARCHAR(300)   NOT NULL,
    area                 VARCHAR(40)    NOT NULL,
    kind                 VARCHAR(30)    NOT NULL,
    status               VARCHAR(30)    NOT NULL,
    progress             VARCHAR(2000)  NOT NULL,
    gap                  VARCHAR(2000),
    evidence_statement   VARCHAR(4000),
    evidence_link        VARCHAR(1000),
    evidence_given_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (application_id, position)
);
