-- The public register of accredited practices and the region's dashboard.

-- Where a practice is, in the words the public searches the register with ("Riverside", "North
-- Hawthorn"). Existing practices take their primary care network's name without the "PCN" suffix
-- until an administrator says better; the lower-cased copy makes the search portable and indexed.
ALTER TABLE practice ADD COLUMN locality VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE practice ADD COLUMN locality_lower VARCHAR(100) DEFAULT '' NOT NULL;
UPDATE practice SET locality = TRIM(SUBSTRING(pcn FROM 1 FOR CHAR_LENGTH(pcn) - 4)) WHERE UPPER(pcn) LIKE '% PCN';
UPDATE practice SET locality = TRIM(SUBSTRING(pcn FROM 1 FOR 100)) WHERE locality = '';
UPDATE practice SET locality_lower = LOWER(locality);
CREATE INDEX ix_practice_locality ON practice (locality_lower, name_lower);

-- The register reads awards in force (neither superseded nor revoked nor lapsed, not yet expired)
-- and the dashboard counts them by level: both start from this index.
CREATE INDEX ix_award_in_force ON kitemark_award (superseded_at, revoked_at, lapsed_at, valid_until, practice_id);
-- An award's current certificate is found by its subject ("award:<id>").
CREATE INDEX ix_certificate_subject_current ON certificate (subject_key, superseded_at);
-- Coverage over time reads the completions of the last 12 months of every practice by month.
CREATE INDEX ix_completion_completed ON learning_completion (completed_at);
-- Time to decision reads the applications closed in the last 12 months.
CREATE INDEX ix_application_closed ON accreditation_application (closed_at);
