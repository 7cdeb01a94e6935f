-- Version 1: the plan's organisation profile and its theme set.
CREATE TABLE plan (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    organisation_name       TEXT    NOT NULL,
    organisation_type       TEXT    NOT NULL,
    inhabitants             INTEGER,
    period_start            INTEGER NOT NULL,
    period_end              INTEGER NOT NULL,
    theme_set               TEXT    NOT NULL,
    commissioner            TEXT,
    manifest_signed_on      TEXT,
    budget_cents            INTEGER,
    capacity_hours_per_week REAL,
    is_sample               INTEGER NOT NULL DEFAULT 0,
    created_at              TEXT    NOT NULL,
    CHECK (period_end >= period_start)
);

CREATE TABLE theme (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);
