-- Version 7: the report settings: whether the plan is still a concept or has been adopted (when and by
-- whom), the version shown on the cover, the level of detail, the sections left out (codes of
-- ReportSection, comma-separated, so sections added later are in by default) and an own introduction.
CREATE TABLE report_setting (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    plan_status   TEXT    NOT NULL DEFAULT 'concept' CHECK (plan_status IN ('concept', 'vastgesteld')),
    adopted_on    TEXT,
    adopted_by    TEXT    NOT NULL DEFAULT '',
    version_label TEXT    NOT NULL DEFAULT '1.0',
    detail        TEXT    NOT NULL DEFAULT 'volledig' CHECK (detail IN ('beknopt', 'volledig')),
    left_out      TEXT    NOT NULL DEFAULT '',
    introduction  TEXT    NOT NULL DEFAULT ''
);

INSERT INTO report_setting (id) VALUES (1);
