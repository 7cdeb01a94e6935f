-- Version 9: the total of the rows an import skipped (NULL for imports made before), and a fingerprint per
-- import to notice the same spend imported again in another format: per supplier and month ('YYYY-MM', or
-- the year 'YYYY' for lines without a date) the sum of the amounts, the lines, the lines with an invoice
-- number and the sum of those numbers' 64-bit hashes (the same invoices give the same sum; NULL when not known).
ALTER TABLE spend_import ADD COLUMN skipped_cents INTEGER;

CREATE TABLE spend_import_fingerprint (
    import_id   INTEGER NOT NULL REFERENCES spend_import (id) ON DELETE CASCADE,
    supplier_id INTEGER NOT NULL,
    period      TEXT    NOT NULL,
    cents       INTEGER NOT NULL,
    lines       INTEGER NOT NULL,
    invoices    INTEGER NOT NULL,
    invoice_sum INTEGER,
    PRIMARY KEY (import_id, supplier_id, period)
);

CREATE INDEX spend_import_fingerprint_by_spend ON spend_import_fingerprint (supplier_id, period, cents);

-- Imports made before: their fingerprint from their lines (without the invoices' hashes, which SQL cannot make).
INSERT INTO spend_import_fingerprint (import_id, supplier_id, period, cents, lines, invoices, invoice_sum)
SELECT import_id, supplier_id, COALESCE(substr(line_date, 1, 7), CAST(year AS TEXT)), SUM(amount_cents), COUNT(*),
       COUNT(invoice_number), NULL
FROM spend_line
GROUP BY import_id, supplier_id, COALESCE(substr(line_date, 1, 7), CAST(year AS TEXT));
