-- Version 8: support for MVI in the organisation — a SWOT (items per quadrant) and "Waarom niet?" (the reasons
-- colleagues give for not doing MVI, each with the answer or measure that takes it away) — and the log of
-- successes (what, when, the effect, and where it was shared: channel codes of ShareChannel, comma-separated).
CREATE TABLE swot_item (
    id       INTEGER PRIMARY KEY,
    quadrant TEXT    NOT NULL CHECK (quadrant IN ('sterkte', 'zwakte', 'kans', 'bedreiging')),
    text     TEXT    NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE objection (
    id       INTEGER PRIMARY KEY,
    reason   TEXT    NOT NULL,
    answer   TEXT    NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);

CREATE TABLE success (
    id          INTEGER PRIMARY KEY,
    happened_on TEXT NOT NULL,
    what        TEXT NOT NULL,
    effect      TEXT NOT NULL DEFAULT '',
    channels    TEXT NOT NULL DEFAULT '',
    shared_note TEXT NOT NULL DEFAULT ''
);
