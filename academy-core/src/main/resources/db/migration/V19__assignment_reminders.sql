-- Reminders of assigned training (academy.learning.reminder): one row per assignment item and
-- stage that a learner was sent, so each stage goes once per item however often, and however
-- concurrently, the daily pass runs. The unique key is the last word: a second instance that got
-- past the person's row lock could not record (nor, in the same transaction, mail) a stage twice.
-- Portable to PostgreSQL and H2 (PostgreSQL mode). Needs V17 (assignment_item) only.

CREATE SEQUENCE reminder_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE assignment_reminder (
    id          BIGINT        PRIMARY KEY,
    item_id     BIGINT        NOT NULL REFERENCES assignment_item (id),
    person_id   BIGINT        NOT NULL REFERENCES person (id),
    -- ASSIGNED, DUE_SOON, DUE_TODAY, OVERDUE_1 … OVERDUE_n; rank orders them (0, 1, 2, 2 + n).
    stage       VARCHAR(20)   NOT NULL,
    stage_rank  INTEGER       NOT NULL,
    sent_on     DATE          NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_assignment_reminder UNIQUE (item_id, stage),
    CONSTRAINT ck_assignment_reminder_rank CHECK (stage_rank >= 0)
);
-- "Was this person sent anything today?" and a person's history.
CREATE INDEX ix_assignment_reminder_person ON assignment_reminder (person_id, sent_on);

-- Escalations: an item overdue by more than the escalation threshold, once per item. The
-- practice's managers hear of it the day it happens (and in their next weekly digest).
CREATE TABLE assignment_escalation (
    id            BIGINT        PRIMARY KEY,
    item_id       BIGINT        NOT NULL REFERENCES assignment_item (id),
    person_id     BIGINT        NOT NULL REFERENCES person (id),
    practice_id   BIGINT        NOT NULL REFERENCES practice (id),
    escalated_on  DATE          NOT NULL,
    escalated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_assignment_escalation UNIQUE (item_id)
);
CREATE INDEX ix_assignment_escalation_practice ON assignment_escalation (practice_id, escalated_on);

-- The managers' weekly digest of a practice: one per practice and week (its Monday).
CREATE TABLE practice_digest (
    id           BIGINT        PRIMARY KEY,
    practice_id  BIGINT        NOT NULL REFERENCES practice (id),
    week_of      DATE          NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_practice_digest UNIQUE (practice_id, week_of)
);

-- Further header fields of a mail (such as List-Unsubscribe), one "Name: value" a line.
ALTER TABLE mail_outbox ADD COLUMN headers VARCHAR(2000);

-- A learner's choice of reminders: EACH (each as it falls due, the default when there is no row),
-- WEEKLY (one digest on Mondays) or MANDATORY_OVERDUE_ONLY (unsubscribed: only the overdue notices
-- of mandatory training, which cannot be switched off).
CREATE TABLE reminder_preference (
    person_id   BIGINT        PRIMARY KEY REFERENCES person (id),
    mode        VARCHAR(30)   NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_reminder_preference_mode CHECK (mode IN ('EACH', 'WEEKLY', 'MANDATORY_OVERDUE_ONLY'))
);

-- The unsubscribe links of reminder mails: only the SHA-256 of each link's secret is kept.
CREATE TABLE reminder_unsubscribe (
    token_hash  VARCHAR(64)   PRIMARY KEY,
    person_id   BIGINT        NOT NULL REFERENCES person (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reminder_unsubscribe_person ON reminder_unsubscribe (person_id);

-- A learner's private calendar address (/calendar/{secret}.ics): one per person, only the SHA-256
-- of its secret kept; renewing replaces it, turning it off deletes the row.
CREATE TABLE calendar_feed (
    person_id   BIGINT        PRIMARY KEY REFERENCES person (id),
    token_hash  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash)
);
