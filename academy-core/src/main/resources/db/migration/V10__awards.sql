-- Assessment outcomes and kite-mark awards. Decisions and awards are append-only records: a
-- decision is never edited (a later one, after moderation or appeal, stands beside it); an award's
-- facts never change, and the moments it lapsed or was revoked are set once.

-- The application now moves through assessment.
ALTER TABLE accreditation_application DROP CONSTRAINT ck_application_status;
ALTER TABLE accreditation_application ADD CONSTRAINT ck_application_status CHECK (status IN (
    'SUBMITTED', 'IN_REVIEW', 'MORE_EVIDENCE_REQUESTED', 'AWAITING_MODERATION',
    'AWARDED', 'DEFERRED', 'REFUSED', 'WITHDRAWN'));
ALTER TABLE accreditation_application ADD COLUMN assessor_id BIGINT REFERENCES person (id);
ALTER TABLE accreditation_application ADD COLUMN assigned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE accreditation_application ADD COLUMN moderator_id BIGINT REFERENCES person (id);
ALTER TABLE accreditation_application ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE accreditation_application ADD COLUMN row_version INTEGER DEFAULT 1 NOT NULL;
CREATE INDEX ix_application_status ON accreditation_application (status, submitted_at);
CREATE INDEX ix_application_assessor ON accreditation_application (assessor_id, status);

-- An assessor's (or moderator's) decision on an application, always with reasons.
CREATE TABLE accreditation_decision (
    id              BIGINT         PRIMARY KEY,
    application_id  BIGINT         NOT NULL REFERENCES accreditation_application (id),
    outcome         VARCHAR(30)    NOT NULL,
    reasons         VARCHAR(4000)  NOT NULL,
    decided_by      BIGINT         NOT NULL REFERENCES person (id),
    decided_as      VARCHAR(20)    NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_decision_outcome CHECK (outcome IN ('AWARD', 'AWARD_WITH_CONDITIONS', 'DEFER', 'REFUSE')),
    CONSTRAINT ck_decision_role CHECK (decided_as IN ('ASSESSOR', 'MODERATOR', 'APPEAL_ASSESSOR'))
);
CREATE INDEX ix_decision_application ON accreditation_decision (application_id, decided_at);

CREATE SEQUENCE award_seq START WITH 50 INCREMENT BY 50;

-- A kite mark held by a practice. The serial ("KM-2026-000123") is the award's own and stays the
-- same when its certificate is re-issued.
CREATE TABLE kitemark_award (
    id                 BIGINT         PRIMARY KEY,
    serial             VARCHAR(20)    NOT NULL,
    practice_id        BIGINT         NOT NULL REFERENCES practice (id),
    application_id     BIGINT         NOT NULL REFERENCES accreditation_application (id),
    decision_id        BIGINT         NOT NULL REFERENCES accreditation_decision (id),
    scheme_id          BIGINT         NOT NULL REFERENCES accreditation_scheme (id),
    scheme_version     INTEGER        NOT NULL,
    level_slug         VARCHAR(80)    NOT NULL,
    level_rank         INTEGER        NOT NULL,
    level_title        VARCHAR(200)   NOT NULL,
    assessor_id        BIGINT         NOT NULL REFERENCES person (id),
    assessor_name      VARCHAR(200)   NOT NULL,
    valid_from         DATE           NOT NULL,
    valid_until        DATE           NOT NULL,
    awarded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Set once each: by the nightly lapse job, by a revocation, by a renewal's new award.
    lapsed_at          TIMESTAMP WITH TIME ZONE,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    revoked_by         BIGINT         REFERENCES person (id),
    revocation_reason  VARCHAR(2000),
    superseded_at      TIMESTAMP WITH TIME ZONE,
    superseded_by_id   BIGINT         REFERENCES kitemark_award (id),
    -- Renewal reminders already sent (days before expiry: 90, 30, ...), so none goes twice.
    reminders_sent     VARCHAR(100)   DEFAULT '' NOT NULL,
    row_version        INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT uq_award_serial UNIQUE (serial),
    CONSTRAINT uq_award_application UNIQUE (application_id),
    CONSTRAINT ck_award_validity CHECK (valid_until > valid_from),
    CONSTRAINT ck_award_revocation CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL)),
    CONSTRAINT ck_award_superseded CHECK ((superseded_at IS NULL) = (superseded_by_id IS NULL))
);
CREATE INDEX ix_award_practice ON kitemark_award (practice_id, awarded_at);
CREATE INDEX ix_award_valid_until ON kitemark_award (valid_until);
CREATE INDEX ix_award_level ON kitemark_award (level_rank, valid_until);

-- Conditions attached to an award made with conditions, each with a deadline, tracked to the end.
CREATE TABLE kitemark_award_condition (
    id           BIGINT         PRIMARY KEY,
    award_id     BIGINT         NOT NULL REFERENCES kitemark_award (id),
    position     INTEGER        NOT NULL,
    description  VARCHAR(2000)  NOT NULL,
    deadline     DATE           NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    closed_by    BIGINT         REFERENCES person (id),
    closing_note VARCHAR(2000),
    CONSTRAINT uq_condition_position UNIQUE (award_id, position),
    CONSTRAINT ck_condition_status CHECK (status IN ('OPEN', 'MET', 'MISSED', 'WAIVED'))
);
CREATE INDEX ix_condition_open ON kitemark_award_condition (status, deadline);

-- Award serials count up by one across all years ("KM-2026-000123").
CREATE SEQUENCE award_serial_seq START WITH 1 INCREMENT BY 1;
