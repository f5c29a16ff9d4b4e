-- A certificate's last valid day, inclusive, as printed and as every answer gives it (a day in the
-- UK); and why a certificate was superseded, shown on its verification page.
ALTER TABLE certificate ADD COLUMN valid_until_day DATE;
ALTER TABLE certificate ADD COLUMN superseded_reason VARCHAR(500);

-- Kite-mark certificates issued before: their award's last day. (Completion certificates without
-- the column count the UK day of their stored end.)
UPDATE certificate SET valid_until_day = (SELECT a.valid_until FROM kitemark_award a
        WHERE CONCAT('award:', CAST(a.id AS VARCHAR(20))) = certificate.subject_key)
    WHERE kind = 'KITE_MARK';
