-- Learning and completion tracking (academy.learning), patient upskilling sessions and uptake
-- figures (academy.practice). Portable to PostgreSQL and H2 (PostgreSQL mode). V4 is another
-- change's number. Sequences start at 50 because EclipseLink reads each value as the end of a
-- block of 50.

CREATE SEQUENCE learning_seq START WITH 50 INCREMENT BY 50;

-- One row per person and module; every change to that person's record for the module locks
-- this row by its primary key first, so submissions of one person and module take turns.
CREATE TABLE learning_enrolment (
    id                    BIGINT  PRIMARY KEY,
    person_id             BIGINT  NOT NULL REFERENCES person (id),
    module_id             BIGINT  NOT NULL REFERENCES catalogue_module (id),
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_completion_id  BIGINT,
    CONSTRAINT uq_enrolment_person_module UNIQUE (person_id, module_id)
);
CREATE INDEX ix_enrolment_module ON learning_enrolment (module_id);

CREATE TABLE learning_lesson_read (
    enrolment_id    BIGINT   NOT NULL REFERENCES learning_enrolment (id),
    version_number  INTEGER  NOT NULL,
    lesson_number   INTEGER  NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_lesson_read UNIQUE (enrolment_id, version_number, lesson_number)
);

CREATE TABLE learning_attempt (
    id                 BIGINT   PRIMARY KEY,
    enrolment_id       BIGINT   NOT NULL REFERENCES learning_enrolment (id),
    module_version_id  BIGINT   NOT NULL REFERENCES catalogue_module_version (id),
    seed               BIGINT   NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    score              INTEGER,
    passed             BOOLEAN  NOT NULL,
    CONSTRAINT ck_attempt_score CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    CONSTRAINT ck_attempt_submitted CHECK (submitted_at IS NULL OR score IS NOT NULL)
);
CREATE INDEX ix_attempt_enrolment_started ON learning_attempt (enrolment_id, started_at);

CREATE TABLE learning_attempt_item (
    attempt_id       BIGINT        NOT NULL REFERENCES learning_attempt (id),
    position         INTEGER       NOT NULL,
    question_number  INTEGER       NOT NULL,
    option_order     VARCHAR(200)  NOT NULL,
    chosen           VARCHAR(200),
    correct          BOOLEAN,
    PRIMARY KEY (attempt_id, position)
);

-- Append-only: the application has no path that updates or deletes a completion.
CREATE TABLE learning_completion (
    id                 BIGINT        PRIMARY KEY,
    person_id          BIGINT        NOT NULL REFERENCES person (id),
    module_id          BIGINT        NOT NULL REFERENCES catalogue_module (id),
    module_version_id  BIGINT        NOT NULL REFERENCES catalogue_module_version (id),
    version_number     INTEGER       NOT NULL,
    score              INTEGER,
    completed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE,
    practice_id        BIGINT        NOT NULL REFERENCES practice (id),
    source             VARCHAR(20)   NOT NULL,
    attempt_id         BIGINT        REFERENCES learning_attempt (id),
    idempotency_key    VARCHAR(100),
    recorded_by        BIGINT,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A quiz attempt completes at most once; an external report at most once per key.
    CONSTRAINT uq_completion_attempt UNIQUE (attempt_id),
    CONSTRAINT uq_completion_person_key UNIQUE (person_id, idempotency_key),
    CONSTRAINT ck_completion_source CHECK (source IN ('QUIZ', 'FACE_TO_FACE', 'EXTERNAL')),
    CONSTRAINT ck_completion_score CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    CONSTRAINT ck_completion_quiz CHECK (source <> 'QUIZ' OR attempt_id IS NOT NULL),
    CONSTRAINT ck_completion_external CHECK (source <> 'EXTERNAL' OR idempotency_key IS NOT NULL)
);
CREATE INDEX ix_completion_person_completed ON learning_completion (person_id, completed_at);
CREATE INDEX ix_completion_practice ON learning_completion (practice_id, completed_at);
ALTER TABLE learning_enrolment ADD CONSTRAINT fk_enrolment_latest_completion
    FOREIGN KEY (latest_completion_id) REFERENCES learning_completion (id);

-- Aggregate numbers only: no patient is ever named or counted individually.
CREATE TABLE practice_upskilling_session (
    id                 BIGINT        PRIMARY KEY,
    practice_id        BIGINT        NOT NULL REFERENCES practice (id),
    held_on            DATE          NOT NULL,
    topic              VARCHAR(40)   NOT NULL,
    topic_text         VARCHAR(200),
    condition_focus    VARCHAR(20),
    attendees          INTEGER       NOT NULL,
    online_sign_ups    INTEGER       NOT NULL,
    run_by             VARCHAR(200)  NOT NULL,
    recorded_by        BIGINT,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_session_attendees CHECK (attendees BETWEEN 1 AND 500),
    CONSTRAINT ck_session_sign_ups CHECK (online_sign_ups BETWEEN 0 AND attendees)
);
CREATE INDEX ix_session_practice_held ON practice_upskilling_session (practice_id, held_on);

-- Re-recording a month's figure appends a new revision and marks it the latest; history stays.
CREATE TABLE practice_uptake_figure (
    id                  BIGINT         PRIMARY KEY,
    practice_id         BIGINT         NOT NULL REFERENCES practice (id),
    month_start         DATE           NOT NULL,
    measure             VARCHAR(40)    NOT NULL,
    revision            INTEGER        NOT NULL,
    figure              NUMERIC(9, 1)  NOT NULL,
    source              VARCHAR(200)   NOT NULL,
    evidence_reference  VARCHAR(100),
    is_latest           BOOLEAN        NOT NULL,
    recorded_by         BIGINT,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_uptake_revision UNIQUE (practice_id, measure, month_start, revision),
    CONSTRAINT ck_uptake_figure CHECK (figure >= 0 AND figure <= 100000)
);
CREATE INDEX ix_uptake_practice_latest ON practice_uptake_figure (practice_id, is_latest, measure, month_start);
