-- Version 8: learning and communicating. Support for MVI in the organisation — a SWOT (items per quadrant) and "Waarom niet?" (the reasons
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

-- Per tender (an action of kind aanbesteding): the MVI criteria chosen (type, theme, ambition level, the number in
-- PIANOo's MVI-criteriatool when taken from it, the text as used), the market consultations held, and after award
-- what the market offered and the effect expected.
CREATE TABLE tender_criterion (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    type        TEXT    NOT NULL CHECK (type IN ('geschiktheidseis', 'selectiecriterium', 'eis', 'gunningscriterium',
                                                 'contractbepaling')),
    theme_id    INTEGER REFERENCES theme (id) ON DELETE SET NULL,
    ambition    INTEGER CHECK (ambition BETWEEN 1 AND 3),
    tool_number TEXT    NOT NULL DEFAULT '',
    text        TEXT    NOT NULL,
    position    INTEGER NOT NULL
);

CREATE TABLE market_consultation (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    held_on   TEXT    NOT NULL,
    form      TEXT    NOT NULL CHECK (form IN ('gesprek', 'marktdag', 'schriftelijk')),
    parties   TEXT    NOT NULL DEFAULT '',
    learned   TEXT    NOT NULL DEFAULT '',
    changed   TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE tender_outcome (
    action_id INTEGER PRIMARY KEY REFERENCES action_item (id) ON DELETE CASCADE,
    offered   TEXT NOT NULL DEFAULT '',
    expected  TEXT NOT NULL DEFAULT ''
);

-- Effects, expected or realised, of a tender (action) or a contract, counted towards a goal: a value with its
-- unit (tonnes CO2, %, placements, euros) and where the figure comes from.
CREATE TABLE effect (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER REFERENCES action_item (id) ON DELETE CASCADE,
    contract_id INTEGER REFERENCES contract (id) ON DELETE CASCADE,
    goal_id     INTEGER REFERENCES goal (id) ON DELETE SET NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('verwacht', 'gerealiseerd')),
    description TEXT    NOT NULL,
    value       REAL,
    unit        TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL DEFAULT '',
    CHECK (action_id IS NOT NULL OR contract_id IS NOT NULL)
);

-- The bank of good examples: own tenders and those of other organisations, to learn from and to exchange.
CREATE TABLE example (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL,
    organisation  TEXT    NOT NULL DEFAULT '',
    product_group TEXT    NOT NULL DEFAULT '',
    themes        TEXT    NOT NULL DEFAULT '',
    criteria      TEXT    NOT NULL DEFAULT '',
    result        TEXT    NOT NULL DEFAULT '',
    lessons       TEXT    NOT NULL DEFAULT '',
    contact       TEXT    NOT NULL DEFAULT '',
    link          TEXT    NOT NULL DEFAULT '',
    own           INTEGER NOT NULL DEFAULT 0
);
