-- The assessor's side of accreditation: conflicts of interest assessors declare, the review of
-- each frozen criterion with its thread of messages between assessor and practice, and a
-- top-level award waiting for a second assessor's moderation. Portable to PostgreSQL and H2.

-- MORE_EVIDENCE_REQUESTED (23 characters) does not fit the status column V9 made.
ALTER TABLE accreditation_application ALTER COLUMN status SET DATA TYPE VARCHAR(30);

-- A practice an assessor declared they must not assess (beyond their own memberships, which the
-- academy knows already). Excluded from their queue, taking, assignment and decisions.
CREATE TABLE assessor_conflict (
    id           BIGINT         PRIMARY KEY,
    assessor_id  BIGINT         NOT NULL REFERENCES person (id),
    practice_id  BIGINT         NOT NULL REFERENCES practice (id),
    reason       VARCHAR(1000)  NOT NULL,
    declared_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_assessor_conflict UNIQUE (assessor_id, practice_id)
);
CREATE INDEX ix_assessor_conflict_practice ON assessor_conflict (practice_id);

-- The assessor's verdict on one frozen criterion of an application; one row per criterion reviewed.
CREATE TABLE criterion_review (
    id              BIGINT        PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES accreditation_application (id),
    criterion_slug  VARCHAR(80)   NOT NULL,
    verdict         VARCHAR(30)   NOT NULL,
    reviewed_by     BIGINT        NOT NULL REFERENCES person (id),
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version     INTEGER       DEFAULT 1 NOT NULL,
    CONSTRAINT uq_criterion_review UNIQUE (application_id, criterion_slug),
    CONSTRAINT ck_criterion_verdict CHECK (verdict IN ('ACCEPTED', 'EVIDENCE_REQUESTED', 'ANSWERED'))
);
CREATE INDEX ix_criterion_review_verdict ON criterion_review (application_id, verdict);

-- The thread of one criterion: requests and comments of the assessor, answers of the practice.
-- Append-only.
CREATE TABLE criterion_message (
    id              BIGINT         PRIMARY KEY,
    application_id  BIGINT         NOT NULL REFERENCES accreditation_application (id),
    criterion_slug  VARCHAR(80)    NOT NULL,
    author_id       BIGINT         NOT NULL REFERENCES person (id),
    author_name     VARCHAR(200)   NOT NULL,
    side            VARCHAR(20)    NOT NULL,
    body            VARCHAR(4000)  NOT NULL,
    link            VARCHAR(1000),
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_message_side CHECK (side IN ('ASSESSOR', 'PRACTICE'))
);
CREATE INDEX ix_criterion_message_thread ON criterion_message (application_id, criterion_slug, written_at);

-- An award of the top level the assessor proposed; it stands only once a second assessor confirms.
CREATE TABLE accreditation_moderation (
    id                 BIGINT         PRIMARY KEY,
    application_id     BIGINT         NOT NULL REFERENCES accreditation_application (id),
    outcome            VARCHAR(30)    NOT NULL,
    reasons            VARCHAR(4000)  NOT NULL,
    proposed_by        BIGINT         NOT NULL REFERENCES person (id),
    proposed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    moderator_id       BIGINT         NOT NULL REFERENCES person (id),
    status             VARCHAR(20)    NOT NULL,
    moderator_reasons  VARCHAR(4000),
    settled_at         TIMESTAMP WITH TIME ZONE,
    row_version        INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT ck_moderation_outcome CHECK (outcome IN ('AWARD', 'AWARD_WITH_CONDITIONS')),
    CONSTRAINT ck_moderation_status CHECK (status IN ('PENDING', 'CONFIRMED', 'RETURNED'))
);
CREATE INDEX ix_moderation_application ON accreditation_moderation (application_id, status);

CREATE TABLE accreditation_moderation_condition (
    moderation_id  BIGINT         NOT NULL REFERENCES accreditation_moderation (id),
    position       INTEGER        NOT NULL,
    description    VARCHAR(2000)  NOT NULL,
    deadline       DATE           NOT NULL,
    PRIMARY KEY (moderation_id, position)
);

CREATE INDEX ix_application_moderator ON accreditation_application (moderator_id, status);
