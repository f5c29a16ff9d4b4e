-- The life of an award after it is made: appeals against refusals and revocations. Lapses,
-- missed conditions and reminders live on the award tables (V10); the timeline is the audit trail.

CREATE SEQUENCE appeal_seq START WITH 50 INCREMENT BY 50;

-- A practice's appeal, lodged within 30 days of the decision, heard by a different assessor.
CREATE TABLE accreditation_appeal (
    id               BIGINT         PRIMARY KEY,
    practice_id      BIGINT         NOT NULL REFERENCES practice (id),
    kind             VARCHAR(20)    NOT NULL,
    application_id   BIGINT         REFERENCES accreditation_application (id),
    award_id         BIGINT         REFERENCES kitemark_award (id),
    decided_by       BIGINT         NOT NULL REFERENCES person (id),
    grounds          VARCHAR(4000)  NOT NULL,
    lodged_by        BIGINT         NOT NULL REFERENCES person (id),
    lodged_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    assessor_id      BIGINT         REFERENCES person (id),
    assigned_at      TIMESTAMP WITH TIME ZONE,
    outcome_reasons  VARCHAR(4000),
    decided_at       TIMESTAMP WITH TIME ZONE,
    row_version      INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT ck_appeal_kind CHECK (kind IN ('REFUSAL', 'REVOCATION')),
    CONSTRAINT ck_appeal_status CHECK (status IN ('LODGED', 'ASSIGNED', 'UPHELD', 'DISMISSED')),
    CONSTRAINT ck_appeal_subject CHECK ((kind = 'REFUSAL' AND application_id IS NOT NULL AND award_id IS NULL)
        OR (kind = 'REVOCATION' AND award_id IS NOT NULL AND application_id IS NULL)),
    CONSTRAINT ck_appeal_outcome CHECK ((status IN ('UPHELD', 'DISMISSED')) = (decided_at IS NOT NULL))
);
CREATE INDEX ix_appeal_status ON accreditation_appeal (status, lodged_at);
CREATE INDEX ix_appeal_practice ON accreditation_appeal (practice_id, lodged_at);
CREATE INDEX ix_appeal_assessor ON accreditation_appeal (assessor_id, status);
CREATE INDEX ix_appeal_application ON accreditation_appeal (application_id);
CREATE INDEX ix_appeal_award ON accreditation_appeal (award_id);

-- The practice's accreditation timeline reads its audit entries of one feature in order.
CREATE INDEX ix_audit_practice_action ON audit_entry (practice_id, action, created_at);
