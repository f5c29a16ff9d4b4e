-- Training done elsewhere (academy.learning): a learner's record of training on another platform,
-- optionally claimed as equivalent to one of the academy's modules, and the practice manager's
-- decision on it. An approved claim with a module becomes a completion with the new source
-- EXTERNAL_EVIDENCE, keyed by the claim so that one claim makes at most one completion.
-- Portable to PostgreSQL and H2 (PostgreSQL mode). Ids come from learning_seq (V4).

ALTER TABLE learning_completion DROP CONSTRAINT ck_completion_source;
ALTER TABLE learning_completion ADD CONSTRAINT ck_completion_source
    CHECK (source IN ('QUIZ', 'FACE_TO_FACE', 'EXTERNAL', 'EXTERNAL_EVIDENCE'));
ALTER TABLE learning_completion ADD CONSTRAINT ck_completion_external_evidence
    CHECK (source <> 'EXTERNAL_EVIDENCE' OR idempotency_key IS NOT NULL);

CREATE TABLE learning_external_training (
    id                BIGINT         PRIMARY KEY,
    person_id         BIGINT         NOT NULL REFERENCES person (id),
    practice_id       BIGINT         NOT NULL REFERENCES practice (id),
    provider          VARCHAR(200)   NOT NULL,
    title             VARCHAR(200)   NOT NULL,
    completed_on      DATE           NOT NULL,
    module_version_id BIGINT         REFERENCES catalogue_module_version (id),
    evidence_file_id  BIGINT         REFERENCES evidence_file (id),
    status            VARCHAR(20)    NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        BIGINT         REFERENCES person (id),
    decided_by_name   VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    reason            VARCHAR(1000),
    completion_id     BIGINT         REFERENCES learning_completion (id),
    CONSTRAINT ck_external_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_external_decided CHECK (status = 'PENDING' OR decided_at IS NOT NULL),
    CONSTRAINT ck_external_rejected CHECK (status <> 'REJECTED' OR reason IS NOT NULL),
    CONSTRAINT ck_external_completion CHECK (completion_id IS NULL OR status = 'APPROVED'),
    CONSTRAINT uq_external_completion UNIQUE (completion_id)
);
CREATE INDEX ix_external_person ON learning_external_training (person_id, recorded_at);
CREATE INDEX ix_external_practice_status ON learning_external_training (practice_id, status, recorded_at);
