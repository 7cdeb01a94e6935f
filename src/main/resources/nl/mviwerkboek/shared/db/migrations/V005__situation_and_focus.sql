-- Version 5: the current situation (inventory and maturity self-assessment per theme), focus themes
-- with their ambition and product groups, and measurable goals with their progress entries.
-- Nothing here is deleted when a theme is archived or leaves the focus: rows keep their theme.
CREATE TABLE inventory_item (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    group_id    INTEGER REFERENCES product_group (id),
    item_date   TEXT,
    link        TEXT    NOT NULL DEFAULT '',
    contract_id INTEGER REFERENCES contract (id) ON DELETE SET NULL
);

CREATE TABLE inventory_item_theme (
    item_id  INTEGER NOT NULL REFERENCES inventory_item (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme (id),
    PRIMARY KEY (item_id, theme_id)
);

CREATE TABLE maturity (
    theme_id     INTEGER PRIMARY KEY REFERENCES theme (id),
    current_step INTEGER CHECK (current_step BETWEEN 1 AND 5),
    target_step  INTEGER CHECK (target_step BETWEEN 1 AND 5),
    note         TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE focus_theme (
    theme_id  INTEGER PRIMARY KEY REFERENCES theme (id),
    chosen    INTEGER NOT NULL DEFAULT 0,
    ambition  INTEGER NOT NULL DEFAULT 1 CHECK (ambition BETWEEN 1 AND 3),
    rationale TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE focus_theme_group (
    theme_id INTEGER NOT NULL REFERENCES focus_theme (theme_id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES product_group (id),
    PRIMARY KEY (theme_id, group_id)
);

CREATE TABLE goal (
    id             INTEGER PRIMARY KEY,
    theme_id       INTEGER NOT NULL REFERENCES theme (id),
    statement      TEXT    NOT NULL,
    indicator      TEXT    NOT NULL DEFAULT '',
    unit           TEXT    NOT NULL DEFAULT '',
    baseline_value REAL,
    baseline_year  INTEGER,
    target_value   REAL,
    target_year    INTEGER,
    source         TEXT    NOT NULL DEFAULT '',
    owner_id       INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    position       INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX goal_by_theme ON goal (theme_id, position);

CREATE TABLE goal_progress (
    id          INTEGER PRIMARY KEY,
    goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    measured_on TEXT    NOT NULL,
    value       REAL    NOT NULL,
    note        TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX goal_progress_by_goal ON goal_progress (goal_id, measured_on);
