-- Kite-mark evidence as files: a practice's statement for an evidence criterion is backed by a
-- link, an uploaded evidence file (academy.evidence), or both; never by neither. The frozen copy
-- of an application keeps the file's id and the name it had, as it keeps the statement and link.
-- An answer in a criterion's thread may carry the file it gave, as it may carry a link.
-- Portable to PostgreSQL and H2 (PostgreSQL mode).

ALTER TABLE accreditation_evidence ALTER COLUMN link DROP NOT NULL;
ALTER TABLE accreditation_evidence ADD COLUMN evidence_file_id BIGINT REFERENCES evidence_file (id);
ALTER TABLE accreditation_evidence ADD CONSTRAINT ck_evidence_link_or_file
    CHECK (link IS NOT NULL OR evidence_file_id IS NOT NULL);

ALTER TABLE accreditation_application_criterion ADD COLUMN evidence_file_id BIGINT REFERENCES evidence_file (id);
ALTER TABLE accreditation_application_criterion ADD COLUMN evidence_file_name VARCHAR(200);
ALTER TABLE accreditation_application_criterion ADD CONSTRAINT ck_frozen_file_named
    CHECK ((evidence_file_id IS NULL) = (evidence_file_name IS NULL));

ALTER TABLE criterion_message ADD COLUMN evidence_file_id BIGINT REFERENCES evidence_file (id);

-- No new index: the assessor's download reads an application's frozen criteria by the primary key
-- (application_id, position), a statement's latest revision by ix_evidence_practice_latest, and
-- each file by its own primary key; nothing looks rows up by their file.
