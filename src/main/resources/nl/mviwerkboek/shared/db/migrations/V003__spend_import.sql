-- Version 3: spend imports, suppliers, spend lines, the rows an import skipped or doubted,
-- and column mappings remembered per header signature.
CREATE TABLE spend_import (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT    NOT NULL,
    file_size     INTEGER NOT NULL,
    sha256        TEXT    NOT NULL,
    sheet         TEXT,
    header_row    INTEGER NOT NULL,
    mapping       TEXT    NOT NULL,
    fixed_year    INTEGER,
    rows_read     INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_skipped  INTEGER NOT NULL,
    total_cents   INTEGER NOT NULL,
    first_date    TEXT,
    last_date     TEXT,
    imported_at   TEXT    NOT NULL
);

CREATE INDEX spend_import_by_sha ON spend_import (sha256);

CREATE TABLE supplier (
    id              INTEGER PRIMARY KEY,
    normalised_name TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    kvk             TEXT,
    vat_number      TEXT,
    postcode        TEXT,
    city            TEXT
);

CREATE INDEX supplier_by_kvk ON supplier (kvk);

CREATE TABLE spend_line (
    id                 INTEGER PRIMARY KEY,
    import_id          INTEGER NOT NULL REFERENCES spend_import (id) ON DELETE CASCADE,
    source_row         INTEGER NOT NULL,
    supplier_id        INTEGER NOT NULL REFERENCES supplier (id),
    supplier_name      TEXT    NOT NULL,
    supplier_number    TEXT,
    amount_cents       INTEGER NOT NULL,
    line_date          TEXT,
    year               INTEGER NOT NULL,
    ledger_code        TEXT,
    ledger_description TEXT,
    cost_centre        TEXT,
    description        TEXT,
    invoice_number     TEXT
);

-- No index on import_id: deleting an import scans the lines once, and large imports stay fast.
CREATE INDEX spend_line_by_supplier ON spend_line (supplier_id);

CREATE TABLE import_problem (
    id          INTEGER PRIMARY KEY,
    import_id   INTEGER NOT NULL REFERENCES spend_import (id) ON DELETE CASCADE,
    source_row  INTEGER NOT NULL,
    column_name TEXT,
    value       TEXT,
    reason      TEXT    NOT NULL,
    skipped     INTEGER NOT NULL
);

CREATE INDEX import_problem_by_import ON import_problem (import_id);

CREATE TABLE column_mapping (
    signature  TEXT PRIMARY KEY,
    mapping    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
