-- Certificates: the signed PDF bytes are stored once and never rewritten. A change makes a new
-- certificate (new serial, next generation for the same subject) and marks the old one superseded.

CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE certificate (
    id                      BIGINT        PRIMARY KEY,
    serial                  VARCHAR(12)   NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,
    -- What the certificate is about ("completion:123", "award:45"); with generation, unique.
    subject_key             VARCHAR(100)  NOT NULL,
    generation              INTEGER       NOT NULL,
    title                   VARCHAR(300)  NOT NULL,
    holder_name             VARCHAR(300)  NOT NULL,
    practice_id             BIGINT        REFERENCES practice (id),
    person_id               BIGINT        REFERENCES person (id),
    completion_id           BIGINT        REFERENCES learning_completion (id),
    issued_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from              TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until             TIMESTAMP WITH TIME ZONE,
    template_version        INTEGER       NOT NULL,
    pdf_sha256              VARCHAR(64)   NOT NULL,
    -- The Open Badges credential's facts, fixed at issue.
    achievement_id          VARCHAR(500)  NOT NULL,
    achievement_type        VARCHAR(60)   NOT NULL,
    achievement_name        VARCHAR(300)  NOT NULL,
    achievement_description VARCHAR(1000) NOT NULL,
    achievement_criteria    VARCHAR(1000) NOT NULL,
    recipient_type          VARCHAR(40)   NOT NULL,
    recipient_value         VARCHAR(320)  NOT NULL,
    recipient_hashed        BOOLEAN       NOT NULL,
    revoked_at              TIMESTAMP WITH TIME ZONE,
    revoked_reason          VARCHAR(500),
    revoked_by              VARCHAR(200),
    superseded_at           TIMESTAMP WITH TIME ZONE,
    superseded_by_id        BIGINT        REFERENCES certificate (id),
    CONSTRAINT uq_certificate_serial UNIQUE (serial),
    CONSTRAINT uq_certificate_subject_generation UNIQUE (subject_key, generation),
    CONSTRAINT ck_certificate_kind CHECK (kind IN ('COMPLETION', 'KITE_MARK')),
    CONSTRAINT ck_certificate_revocation CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
    CONSTRAINT ck_certificate_superseded CHECK ((superseded_at IS NULL) = (superseded_by_id IS NULL))
);
CREATE INDEX ix_certificate_sha256 ON certificate (pdf_sha256);
CREATE INDEX ix_certificate_completion ON certificate (completion_id);
CREATE INDEX ix_certificate_practice ON certificate (practice_id);

CREATE TABLE certificate_field (
    certificate_id  BIGINT        NOT NULL REFERENCES certificate (id),
    field_position  INTEGER       NOT NULL,
    field_label     VARCHAR(80)   NOT NULL,
    field_value     VARCHAR(500)  NOT NULL,
    PRIMARY KEY (certificate_id, field_position)
);

CREATE TABLE certificate_pdf (
    certificate_id  BIGINT        PRIMARY KEY REFERENCES certificate (id),
    content         BYTEA         NOT NULL
);
