-- Version 2: the people involved in the plan and how.
CREATE TABLE stakeholder (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    department  TEXT,
    involvement TEXT NOT NULL,
    email       TEXT,
    note        TEXT
);

CREATE INDEX stakeholder_by_name ON stakeholder (name COLLATE NOCASE);
