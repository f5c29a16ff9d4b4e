-- Assignments (academy.learning.assignment): a manager's or an administrator's instruction that
-- people take a module or a learning path by a due date, and one row per person and module it
-- reached. Portable to PostgreSQL and H2 (PostgreSQL mode). Sequences start at 50 because
-- EclipseLink reads each value as the end of a block of 50.

CREATE SEQUENCE assignment_seq START WITH 50 INCREMENT BY 50;

-- The instruction. practice_id empty = region-wide (an administrator's, for every practice).
-- refresher_of: the completion whose coming expiry this refresher is for; unique, so one refresher
-- per expiring completion however many instances run the pass.
CREATE TABLE assignment (
    id                 BIGINT        PRIMARY KEY,
    practice_id        BIGINT        REFERENCES practice (id),
    target             VARCHAR(20)   NOT NULL,
    target_person_id   BIGINT        REFERENCES person (id),
    target_role        VARCHAR(40),
    module_id          BIGINT        REFERENCES catalogue_module (id),
    path_id            BIGINT        REFERENCES catalogue_path (id),
    due_kind           VARCHAR(20)   NOT NULL,
    due_on             DATE,
    due_days           INTEGER,
    mandatory          BOOLEAN       NOT NULL,
    refresher_of       BIGINT        REFERENCES learning_completion (id),
    assigned_by        BIGINT        REFERENCES person (id),
    assigned_by_name   VARCHAR(200)  NOT NULL,
    assigned_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at       TIMESTAMP WITH TIME ZONE,
    withdrawn_by       BIGINT        REFERENCES person (id),
    CONSTRAINT uq_assignment_refresher UNIQUE (refresher_of),
    CONSTRAINT ck_assignment_target CHECK (target IN ('PERSON', 'ROLE', 'EVERYONE')),
    CONSTRAINT ck_assignment_person CHECK (target <> 'PERSON' OR (target_person_id IS NOT NULL AND practice_id IS NOT NULL)),
    CONSTRAINT ck_assignment_role CHECK (target <> 'ROLE' OR target_role IS NOT NULL),
    CONSTRAINT ck_assignment_what CHECK ((module_id IS NULL) <> (path_id IS NULL)),
    CONSTRAINT ck_assignment_due CHECK (due_kind IN ('ON_DATE', 'AFTER_ASSIGNMENT', 'AFTER_JOINING')),
    CONSTRAINT ck_assignment_due_on CHECK (due_kind <> 'ON_DATE' OR due_on IS NOT NULL),
    CONSTRAINT ck_assignment_due_days CHECK (due_kind = 'ON_DATE' OR due_days BETWEEN 1 AND 3650)
);
CREATE INDEX ix_assignment_practice ON assignment (practice_id, withdrawn_at, id);
CREATE INDEX ix_assignment_region ON assignment (target, withdrawn_at);

-- One person and module an assignment reached, through one membership. Person, practice, module,
-- mandatory and the due day are copied from the assignment and the membership, so "what is due for
-- whom, when" is one indexed read of this table joined to the person's enrolment (unique by person
-- and module) and its latest completion: no per-person work. Ended rows stay: the history.
CREATE TABLE assignment_item (
    id                BIGINT        PRIMARY KEY,
    assignment_id     BIGINT        NOT NULL REFERENCES assignment (id),
    membership_id     BIGINT        NOT NULL REFERENCES membership (id),
    person_id         BIGINT        NOT NULL REFERENCES person (id),
    practice_id       BIGINT        NOT NULL REFERENCES practice (id),
    module_id         BIGINT        NOT NULL REFERENCES catalogue_module (id),
    mandatory         BOOLEAN       NOT NULL,
    counted_from      DATE          NOT NULL,
    due_on            DATE          NOT NULL,
    -- The first instant after the due day in UK time: a completion before it is on time.
    due_by            TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at          TIMESTAMP WITH TIME ZONE,
    end_reason        VARCHAR(20),
    CONSTRAINT ck_assignment_item_end CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT ck_assignment_item_reason CHECK (end_reason IS NULL OR end_reason IN ('WITHDRAWN', 'ROLE_CHANGED', 'LEFT', 'DISMISSED'))
);
CREATE INDEX ix_assignment_item_person ON assignment_item (person_id, ended_at, due_on);
CREATE INDEX ix_assignment_item_practice ON assignment_item (practice_id, ended_at, due_by);
CREATE INDEX ix_assignment_item_assignment ON assignment_item (assignment_id, ended_at);
CREATE INDEX ix_assignment_item_membership ON assignment_item (membership_id, ended_at);
CREATE INDEX ix_assignment_item_due ON assignment_item (due_by, ended_at);
-- The refresher pass walks completions by expiry.
CREATE INDEX ix_completion_expires ON learning_completion (expires_at);
