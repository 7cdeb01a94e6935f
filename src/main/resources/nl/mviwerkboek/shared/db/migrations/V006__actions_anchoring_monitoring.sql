-- Version 6: the action list with its dated notes and change history, answers to suggestions,
-- the anchoring checklist (seeded with the standard measures), review moments and yearly versions.
-- Dates are ISO text (yyyy-mm-dd); statuses and kinds are the codes of their enums.
CREATE TABLE action_item (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL,
    theme_id    INTEGER REFERENCES theme (id),
    goal_id     INTEGER REFERENCES goal (id) ON DELETE SET NULL,
    group_id    INTEGER REFERENCES product_group (id),
    contract_id INTEGER REFERENCES contract (id) ON DELETE SET NULL,
    owner_id    INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    start_on    TEXT,
    due_on      TEXT,
    status      TEXT    NOT NULL DEFAULT 'gepland',
    instrument  INTEGER CHECK (instrument BETWEEN 1 AND 3),
    ambition    INTEGER CHECK (ambition BETWEEN 1 AND 3)
);

CREATE TABLE action_note (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    noted_on  TEXT    NOT NULL,
    text      TEXT    NOT NULL
);

-- Every save of an action: when, and its status before and after (equal when other fields changed).
CREATE TABLE action_change (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    changed_on TEXT    NOT NULL,
    old_status TEXT,
    new_status TEXT    NOT NULL
);

CREATE INDEX action_change_by_date ON action_change (changed_on);

-- A suggestion the user accepted or dismissed, by its stable key; it is not offered again.
CREATE TABLE suggestion_answer (
    suggestion  TEXT PRIMARY KEY,
    answer      TEXT NOT NULL CHECK (answer IN ('accepted', 'dismissed')),
    answered_on TEXT NOT NULL
);

-- Standard measures have a code (their text comes from the app); own items have a title.
CREATE TABLE anchoring_item (
    id       INTEGER PRIMARY KEY,
    measure  TEXT UNIQUE,
    title    TEXT    NOT NULL DEFAULT '',
    status   TEXT    NOT NULL DEFAULT 'open',
    owner_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    evidence TEXT    NOT NULL DEFAULT '',
    done_on  TEXT,
    position INTEGER NOT NULL
);

INSERT INTO anchoring_item (measure, position) VALUES
    ('inkoopbeleid', 1), ('strategiesjabloon', 2), ('checklists', 3), ('coordinator', 4),
    ('budgethouders', 5), ('agenda', 6), ('planning_control', 7), ('bewustwording', 8),
    ('budget', 9), ('capaciteit', 10);

CREATE TABLE review (
    id        INTEGER PRIMARY KEY,
    held_on   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    notes     TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    next_on   TEXT
);

-- A yearly version: a compressed, read-only copy of the whole plan at that moment (without versions).
CREATE TABLE plan_version (
    id       INTEGER PRIMARY KEY,
    label    TEXT NOT NULL UNIQUE,
    taken_on TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    snapshot BLOB NOT NULL
);
