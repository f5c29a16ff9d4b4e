-- Evidence files (academy.evidence): uploaded documents kept outside the web root under a
-- generated name; this table holds what is known about each. Uptake figures may point at one.
-- Portable to PostgreSQL and H2 (PostgreSQL mode). Sequences start at 50 because EclipseLink
-- reads each value as the end of a block of 50.

CREATE SEQUENCE evidence_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE evidence_file (
    id             BIGINT        PRIMARY KEY,
    practice_id    BIGINT        NOT NULL REFERENCES practice (id),
    uploaded_by    BIGINT        REFERENCES person (id),
    original_name  VARCHAR(200)  NOT NULL,
    file_type      VARCHAR(10)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    storage_name   VARCHAR(100)  NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_evidence_storage_name UNIQUE (storage_name),
    CONSTRAINT ck_evidence_type CHECK (file_type IN ('PDF', 'PNG', 'JPEG', 'DOCX', 'XLSX')),
    CONSTRAINT ck_evidence_size CHECK (size_bytes > 0)
);
CREATE INDEX ix_evidence_practice ON evidence_file (practice_id, uploaded_at);

ALTER TABLE practice_uptake_figure ADD COLUMN evidence_file_id BIGINT REFERENCES evidence_file (id);

