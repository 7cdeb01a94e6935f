-- Version 4: spend analysis. Product groups (the shipped catalogue, editable), their indicative
-- impact per theme dimension, classification rules and manual assignments, supplier merges, the
-- summary table the analysis views read, EU thresholds, analysis settings and the contract register.
CREATE TABLE product_group (
    id               INTEGER PRIMARY KEY,
    code             TEXT    NOT NULL UNIQUE,
    cluster          TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    description      TEXT    NOT NULL DEFAULT '',
    cpv_prefix       TEXT,
    procurement_kind TEXT    NOT NULL,
    impact_basis     TEXT    NOT NULL DEFAULT '',
    position         INTEGER NOT NULL,
    archived         INTEGER NOT NULL DEFAULT 0,
    merged_into      INTEGER REFERENCES product_group (id),
    focus            INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE product_group_impact (
    group_id  INTEGER NOT NULL REFERENCES product_group (id) ON DELETE CASCADE,
    dimension TEXT    NOT NULL,
    score     INTEGER NOT NULL CHECK (score BETWEEN 0 AND 3),
    PRIMARY KEY (group_id, dimension)
);

CREATE TABLE classification_rule (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    value    TEXT    NOT NULL,
    value_to TEXT,
    group_id INTEGER NOT NULL REFERENCES product_group (id)
);

-- Manual assignments beat rules. A supplier's holds for all its lines, also in later imports; a
-- line's is kept by a key of supplier, invoice, date, amount and description so a re-import keeps it.
CREATE TABLE supplier_assignment (
    supplier_id INTEGER PRIMARY KEY REFERENCES supplier (id),
    group_id    INTEGER NOT NULL REFERENCES product_group (id)
);

CREATE TABLE line_assignment (
    line_key TEXT PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES product_group (id)
);

ALTER TABLE spend_line ADD COLUMN product_group_id INTEGER REFERENCES product_group (id);

-- Merged suppliers keep their own lines; merged_into is the direct parent, root_id the supplier the
-- analysis counts them under (NULL: itself). size: 'mkb', 'large' or NULL when not known.
ALTER TABLE supplier ADD COLUMN merged_into INTEGER REFERENCES supplier (id);
ALTER TABLE supplier ADD COLUMN root_id INTEGER REFERENCES supplier (id);
ALTER TABLE supplier ADD COLUMN size TEXT;

CREATE TABLE supplier_merge (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES supplier (id),
    target_id INTEGER NOT NULL REFERENCES supplier (id),
    score     REAL    NOT NULL,
    merged_at TEXT    NOT NULL,
    undone_at TEXT
);

CREATE TABLE supplier_pair_rejected (
    first_id  INTEGER NOT NULL REFERENCES supplier (id),
    second_id INTEGER NOT NULL REFERENCES supplier (id),
    PRIMARY KEY (first_id, second_id)
);

-- Spend summed per import, year, supplier, product group and cost centre: every analysis view reads
-- this instead of the lines. Kept by the import, import deletion and every reclassification.
CREATE TABLE spend_cube (
    import_id    INTEGER NOT NULL REFERENCES spend_import (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    supplier_id  INTEGER NOT NULL REFERENCES supplier (id),
    group_id     INTEGER REFERENCES product_group (id),
    cost_centre  TEXT    NOT NULL,
    lines        INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL
);

CREATE INDEX spend_cube_by_import ON spend_cube (import_id);

INSERT INTO spend_cube (import_id, year, supplier_id, group_id, cost_centre, lines, amount_cents)
SELECT import_id, year, supplier_id, NULL, COALESCE(cost_centre, ''), COUNT(*), SUM(amount_cents)
FROM spend_line GROUP BY import_id, year, supplier_id, COALESCE(cost_centre, '');

-- EU thresholds for municipalities (sub-central), in cents excluding VAT, per year.
CREATE TABLE eu_threshold (
    year                    INTEGER PRIMARY KEY,
    supplies_services_cents INTEGER NOT NULL,
    works_cents             INTEGER NOT NULL,
    social_cents            INTEGER NOT NULL
);

INSERT INTO eu_threshold VALUES
    (2016, 20900000, 522500000, 75000000), (2017, 20900000, 522500000, 75000000),
    (2018, 22100000, 554800000, 75000000), (2019, 22100000, 554800000, 75000000),
    (2020, 21400000, 535000000, 75000000), (2021, 21400000, 535000000, 75000000),
    (2022, 21500000, 538200000, 75000000), (2023, 21500000, 538200000, 75000000),
    (2024, 22100000, 553800000, 75000000), (2025, 22100000, 553800000, 75000000),
    (2026, 21600000, 540400000, 75000000), (2027, 21600000, 540400000, 75000000);

-- Municipal policy choices used by the analysis (text values).
CREATE TABLE analysis_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO analysis_setting VALUES ('local_places', ''), ('local_postcodes', ''),
    ('sroi_threshold_cents', '25000000'), ('sroi_percentage', '5'),
    ('needs_classification', (SELECT CASE WHEN EXISTS (SELECT 1 FROM spend_line) THEN '1' ELSE '0' END));

CREATE TABLE contract (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL,
    supplier_name    TEXT    NOT NULL DEFAULT '',
    group_id         INTEGER REFERENCES product_group (id),
    start_date       TEXT,
    end_date         TEXT,
    extension_months INTEGER NOT NULL DEFAULT 0,
    options_note     TEXT    NOT NULL DEFAULT '',
    value_cents      INTEGER NOT NULL DEFAULT 0,
    mvi_applied      INTEGER NOT NULL DEFAULT 0,
    sroi_applied     INTEGER NOT NULL DEFAULT 0,
    owner            TEXT    NOT NULL DEFAULT '',
    note             TEXT    NOT NULL DEFAULT ''
);

-- The shipped catalogue (reference data; the plan's own copy stays editable).
INSERT INTO product_group (code, cluster, name, description, cpv_prefix, procurement_kind, impact_basis, position) VALUES
    ('ict-hardware', 'Automatisering en telecommunicatie', 'ICT-hardware', 'Computers, laptops, beeldschermen en randapparatuur.', '3020', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 0),
    ('audiovisueel', 'Automatisering en telecommunicatie', 'Audiovisuele middelen', 'Schermen, projectoren en vergaderapparatuur.', '3232', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 1),
    ('netwerken', 'Automatisering en telecommunicatie', 'Netwerken en datacenters', 'Netwerkapparatuur, hosting en datacenterdiensten.', '7240', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 2),
    ('telefonie', 'Automatisering en telecommunicatie', 'Telefonie', 'Mobiele en vaste telefonie, toestellen en abonnementen.', '6420', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 3),
    ('printers', 'Automatisering en telecommunicatie', 'Printers en toners', 'Multifunctionals, printers en verbruiksartikelen.', '3012', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 4),
    ('software', 'Automatisering en telecommunicatie', 'ICT-software en licenties', 'Software, licenties en clouddiensten.', '4800', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 5),
    ('ict-diensten', 'Automatisering en telecommunicatie', 'ICT-diensten en beheer', 'Beheer, ondersteuning en ontwikkeling van ICT.', '7200', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 6),
    ('energie', 'Energie', 'Energie', 'Levering van elektriciteit, gas en warmte voor gebouwen en installaties.', '0931', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 7),
    ('wegen', 'Grond-, weg- en waterbouw', 'Wegen en bestrating', 'Aanleg en onderhoud van wegen, fietspaden en bestrating.', '4523', 'works', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 8),
    ('groen', 'Grond-, weg- en waterbouw', 'Groenvoorziening', 'Aanleg en onderhoud van openbaar groen en bomen.', '7731', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 9),
    ('riolering', 'Grond-, weg- en waterbouw', 'Riolering en water', 'Aanleg en onderhoud van riolering, kades en watergangen.', '4523', 'works', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 10),
    ('kunstwerken', 'Grond-, weg- en waterbouw', 'Kunstwerken', 'Bruggen, viaducten en andere kunstwerken.', '4522', 'works', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 11),
    ('openbare-verlichting', 'Grond-, weg- en waterbouw', 'Openbare verlichting', 'Lichtmasten, armaturen en het onderhoud daarvan.', '3492', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 12),
    ('catering', 'Kantoorfaciliteiten en diensten', 'Catering', 'Bedrijfsrestaurant, lunches en vergaderservice.', '5552', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 13),
    ('schoonmaak', 'Kantoorfaciliteiten en diensten', 'Schoonmaak', 'Schoonmaak van kantoren en gebouwen.', '9091', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 14),
    ('bedrijfskleding', 'Kantoorfaciliteiten en diensten', 'Bedrijfskleding', 'Werkkleding en persoonlijke beschermingsmiddelen.', '1810', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 15),
    ('kantoormeubilair', 'Kantoorfaciliteiten en diensten', 'Kantoormeubilair', 'Bureaus, stoelen en kasten.', '3913', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 16),
    ('kantoorartikelen', 'Kantoorfaciliteiten en diensten', 'Kantoorartikelen', 'Kantoorbenodigdheden.', '3019', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 17),
    ('papier', 'Kantoorfaciliteiten en diensten', 'Papier', 'Kopieer- en printpapier.', '3019', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 18),
    ('drukwerk', 'Kantoorfaciliteiten en diensten', 'Drukwerk', 'Drukwerk, huisstijlproducten en reclamemiddelen.', '7980', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 19),
    ('automaten', 'Kantoorfaciliteiten en diensten', 'Koffie- en frisdrankautomaten', 'Automaten en hun vulling.', '4293', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 20),
    ('vergaderlocaties', 'Kantoorfaciliteiten en diensten', 'Vergaderlocaties en evenementen', 'Zalen, locaties en de organisatie van evenementen.', '5512', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 21),
    ('beveiliging', 'Kantoorfaciliteiten en diensten', 'Beveiliging', 'Bewaking, toegangsbeheer en alarmopvolging.', '7971', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 22),
    ('dienstautos', 'Transport en vervoer', 'Dienstauto''s en werkvoertuigen', 'Personenauto''s, bestelwagens en werkvoertuigen.', '3410', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 23),
    ('dienstreizen', 'Transport en vervoer', 'Dienstreizen', 'Reizen met trein, vliegtuig en taxi.', '6010', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 24),
    ('doelgroepenvervoer', 'Transport en vervoer', 'Doelgroepenvervoer', 'Leerlingenvervoer, Wmo-vervoer en ander vervoer voor doelgroepen.', '6013', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 25),
    ('post', 'Transport en vervoer', 'Post en koeriers', 'Postbezorging en koeriersdiensten.', '6411', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 26),
    ('nieuwbouw', 'Gebouwen', 'Nieuwbouw', 'Nieuwbouw van gemeentelijke gebouwen.', '4521', 'works', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 27),
    ('renovatie', 'Gebouwen', 'Renovatie', 'Renovatie en verduurzaming van bestaande gebouwen.', '4545', 'works', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 28),
    ('onderhoud-gebouwen', 'Gebouwen', 'Onderhoud gebouwen', 'Planmatig en dagelijks onderhoud van gebouwen.', '5070', 'works', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 29),
    ('installaties', 'Gebouwen', 'Installaties', 'Installatietechniek, klimaat en liften.', '4530', 'works', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 30),
    ('jeugdzorg', 'Sociaal domein', 'Jeugdzorg', 'Jeugdhulp en jeugdbescherming.', '8531', 'social', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 31),
    ('wmo-begeleiding', 'Sociaal domein', 'Wmo-begeleiding en dagbesteding', 'Maatwerkvoorzieningen, begeleiding en dagbesteding.', '8531', 'social', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 32),
    ('wmo-hulpmiddelen', 'Sociaal domein', 'Wmo-hulpmiddelen', 'Rolstoelen, scootmobielen en woningaanpassingen.', '3319', 'supplies', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 33),
    ('huishoudelijke-hulp', 'Sociaal domein', 'Huishoudelijke hulp', 'Hulp bij het huishouden.', '8531', 'social', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 34),
    ('participatie', 'Sociaal domein', 'Re-integratie en participatie', 'Trajecten naar werk en meedoen.', '8531', 'social', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 35),
    ('inhuur', 'Personeel en advies', 'Inhuur personeel', 'Detachering, interim en uitzendkrachten.', '7960', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 36),
    ('advies', 'Personeel en advies', 'Advies en onderzoek', 'Advies, onderzoek en ingenieursdiensten.', '7940', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 37),
    ('juridisch', 'Personeel en advies', 'Juridische diensten', 'Juridisch advies en procesvoering.', '7910', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 38),
    ('opleidingen', 'Personeel en advies', 'Opleiding en training', 'Cursussen, trainingen en opleidingen.', '8050', 'social', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 39),
    ('accountancy', 'Personeel en advies', 'Accountancy', 'Accountantscontrole en financieel advies.', '7921', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 40),
    ('afvalinzameling', 'Afval en reiniging', 'Afvalinzameling', 'Inzameling van huishoudelijk afval.', '9051', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 41),
    ('afvalverwerking', 'Afval en reiniging', 'Afvalverwerking', 'Verwerking en recycling van afvalstromen.', '9051', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 42),
    ('straatreiniging', 'Afval en reiniging', 'Straatreiniging', 'Vegen, zwerfafval en gladheidsbestrijding.', '9061', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 43),
    ('sport', 'Sport, cultuur en recreatie', 'Sport en recreatie', 'Sportaccommodaties, zwembaden en kunstgras.', '9261', 'services', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 44),
    ('cultuur', 'Sport, cultuur en recreatie', 'Cultuur en evenementen', 'Theater, muziekonderwijs en evenementen.', '9230', 'social', 'Indicatief: eigen inschatting van MVI Werkboek, gebaseerd op de productgroepen met het grootste MVI-potentieel volgens RIVM en de criteria van PIANOo. Pas aan naar eigen kennis.', 45);

CREATE TEMP TABLE seed_impact (code TEXT, dimension TEXT, score INTEGER);
INSERT INTO seed_impact VALUES
    ('ict-hardware', 'milieu', 2), ('ict-hardware', 'klimaat', 3), ('ict-hardware', 'circulair', 3), ('ict-hardware', 'keten', 3), ('ict-hardware', 'sociaal', 1), ('ict-hardware', 'mkb', 1),
    ('audiovisueel', 'milieu', 1), ('audiovisueel', 'klimaat', 2), ('audiovisueel', 'circulair', 2), ('audiovisueel', 'keten', 2), ('audiovisueel', 'sociaal', 0), ('audiovisueel', 'mkb', 1),
    ('netwerken', 'milieu', 1), ('netwerken', 'klimaat', 3), ('netwerken', 'circulair', 2), ('netwerken', 'keten', 2), ('netwerken', 'sociaal', 0), ('netwerken', 'mkb', 1),
    ('telefonie', 'milieu', 1), ('telefonie', 'klimaat', 2), ('telefonie', 'circulair', 3), ('telefonie', 'keten', 3), ('telefonie', 'sociaal', 0), ('telefonie', 'mkb', 1),
    ('printers', 'milieu', 2), ('printers', 'klimaat', 2), ('printers', 'circulair', 2), ('printers', 'keten', 2), ('printers', 'sociaal', 0), ('printers', 'mkb', 1),
    ('software', 'milieu', 0), ('software', 'klimaat', 1), ('software', 'circulair', 0), ('software', 'keten', 1), ('software', 'sociaal', 1), ('software', 'mkb', 2),
    ('ict-diensten', 'milieu', 0), ('ict-diensten', 'klimaat', 1), ('ict-diensten', 'circulair', 0), ('ict-diensten', 'keten', 0), ('ict-diensten', 'sociaal', 2), ('ict-diensten', 'mkb', 2),
    ('energie', 'milieu', 2), ('energie', 'klimaat', 3), ('energie', 'circulair', 1), ('energie', 'keten', 1), ('energie', 'sociaal', 0), ('energie', 'mkb', 1),
    ('wegen', 'milieu', 3), ('wegen', 'klimaat', 3), ('wegen', 'circulair', 3), ('wegen', 'keten', 1), ('wegen', 'sociaal', 3), ('wegen', 'mkb', 2),
    ('groen', 'milieu', 3), ('groen', 'klimaat', 1), ('groen', 'circulair', 2), ('groen', 'keten', 0), ('groen', 'sociaal', 3), ('groen', 'mkb', 3),
    ('riolering', 'milieu', 2), ('riolering', 'klimaat', 2), ('riolering', 'circulair', 2), ('riolering', 'keten', 1), ('riolering', 'sociaal', 2), ('riolering', 'mkb', 2),
    ('kunstwerken', 'milieu', 2), ('kunstwerken', 'klimaat', 3), ('kunstwerken', 'circulair', 3), ('kunstwerken', 'keten', 1), ('kunstwerken', 'sociaal', 2), ('kunstwerken', 'mkb', 1),
    ('openbare-verlichting', 'milieu', 2), ('openbare-verlichting', 'klimaat', 3), ('openbare-verlichting', 'circulair', 2), ('openbare-verlichting', 'keten', 1), ('openbare-verlichting', 'sociaal', 1), ('openbare-verlichting', 'mkb', 2),
    ('catering', 'milieu', 2), ('catering', 'klimaat', 2), ('catering', 'circulair', 1), ('catering', 'keten', 2), ('catering', 'sociaal', 3), ('catering', 'mkb', 3),
    ('schoonmaak', 'milieu', 2), ('schoonmaak', 'klimaat', 1), ('schoonmaak', 'circulair', 1), ('schoonmaak', 'keten', 1), ('schoonmaak', 'sociaal', 3), ('schoonmaak', 'mkb', 2),
    ('bedrijfskleding', 'milieu', 2), ('bedrijfskleding', 'klimaat', 1), ('bedrijfskleding', 'circulair', 2), ('bedrijfskleding', 'keten', 3), ('bedrijfskleding', 'sociaal', 1), ('bedrijfskleding', 'mkb', 1),
    ('kantoormeubilair', 'milieu', 2), ('kantoormeubilair', 'klimaat', 1), ('kantoormeubilair', 'circulair', 3), ('kantoormeubilair', 'keten', 2), ('kantoormeubilair', 'sociaal', 1), ('kantoormeubilair', 'mkb', 2),
    ('kantoorartikelen', 'milieu', 1), ('kantoorartikelen', 'klimaat', 1), ('kantoorartikelen', 'circulair', 1), ('kantoorartikelen', 'keten', 2), ('kantoorartikelen', 'sociaal', 1), ('kantoorartikelen', 'mkb', 2),
    ('papier', 'milieu', 2), ('papier', 'klimaat', 1), ('papier', 'circulair', 1), ('papier', 'keten', 1), ('papier', 'sociaal', 0), ('papier', 'mkb', 1),
    ('drukwerk', 'milieu', 2), ('drukwerk', 'klimaat', 1), ('drukwerk', 'circulair', 1), ('drukwerk', 'keten', 1), ('drukwerk', 'sociaal', 1), ('drukwerk', 'mkb', 2),
    ('automaten', 'milieu', 1), ('automaten', 'klimaat', 1), ('automaten', 'circulair', 1), ('automaten', 'keten', 2), ('automaten', 'sociaal', 1), ('automaten', 'mkb', 1),
    ('vergaderlocaties', 'milieu', 1), ('vergaderlocaties', 'klimaat', 1), ('vergaderlocaties', 'circulair', 1), ('vergaderlocaties', 'keten', 0), ('vergaderlocaties', 'sociaal', 1), ('vergaderlocaties', 'mkb', 2),
    ('beveiliging', 'milieu', 0), ('beveiliging', 'klimaat', 0), ('beveiliging', 'circulair', 0), ('beveiliging', 'keten', 1), ('beveiliging', 'sociaal', 2), ('beveiliging', 'mkb', 2),
    ('dienstautos', 'milieu', 2), ('dienstautos', 'klimaat', 3), ('dienstautos', 'circulair', 2), ('dienstautos', 'keten', 2), ('dienstautos', 'sociaal', 0), ('dienstautos', 'mkb', 1),
    ('dienstreizen', 'milieu', 1), ('dienstreizen', 'klimaat', 3), ('dienstreizen', 'circulair', 0), ('dienstreizen', 'keten', 0), ('dienstreizen', 'sociaal', 0), ('dienstreizen', 'mkb', 1),
    ('doelgroepenvervoer', 'milieu', 2), ('doelgroepenvervoer', 'klimaat', 3), ('doelgroepenvervoer', 'circulair', 1), ('doelgroepenvervoer', 'keten', 0), ('doelgroepenvervoer', 'sociaal', 3), ('doelgroepenvervoer', 'mkb', 2),
    ('post', 'milieu', 1), ('post', 'klimaat', 2), ('post', 'circulair', 0), ('post', 'keten', 0), ('post', 'sociaal', 1), ('post', 'mkb', 1),
    ('nieuwbouw', 'milieu', 3), ('nieuwbouw', 'klimaat', 3), ('nieuwbouw', 'circulair', 3), ('nieuwbouw', 'keten', 2), ('nieuwbouw', 'sociaal', 3), ('nieuwbouw', 'mkb', 2),
    ('renovatie', 'milieu', 3), ('renovatie', 'klimaat', 3), ('renovatie', 'circulair', 3), ('renovatie', 'keten', 2), ('renovatie', 'sociaal', 3), ('renovatie', 'mkb', 2),
    ('onderhoud-gebouwen', 'milieu', 2), ('onderhoud-gebouwen', 'klimaat', 2), ('onderhoud-gebouwen', 'circulair', 2), ('onderhoud-gebouwen', 'keten', 1), ('onderhoud-gebouwen', 'sociaal', 2), ('onderhoud-gebouwen', 'mkb', 3),
    ('installaties', 'milieu', 2), ('installaties', 'klimaat', 3), ('installaties', 'circulair', 2), ('installaties', 'keten', 1), ('installaties', 'sociaal', 2), ('installaties', 'mkb', 2),
    ('jeugdzorg', 'milieu', 0), ('jeugdzorg', 'klimaat', 0), ('jeugdzorg', 'circulair', 0), ('jeugdzorg', 'keten', 0), ('jeugdzorg', 'sociaal', 2), ('jeugdzorg', 'mkb', 2),
    ('wmo-begeleiding', 'milieu', 0), ('wmo-begeleiding', 'klimaat', 0), ('wmo-begeleiding', 'circulair', 0), ('wmo-begeleiding', 'keten', 0), ('wmo-begeleiding', 'sociaal', 2), ('wmo-begeleiding', 'mkb', 2),
    ('wmo-hulpmiddelen', 'milieu', 1), ('wmo-hulpmiddelen', 'klimaat', 1), ('wmo-hulpmiddelen', 'circulair', 3), ('wmo-hulpmiddelen', 'keten', 2), ('wmo-hulpmiddelen', 'sociaal', 2), ('wmo-hulpmiddelen', 'mkb', 1),
    ('huishoudelijke-hulp', 'milieu', 0), ('huishoudelijke-hulp', 'klimaat', 0), ('huishoudelijke-hulp', 'circulair', 0), ('huishoudelijke-hulp', 'keten', 0), ('huishoudelijke-hulp', 'sociaal', 2), ('huishoudelijke-hulp', 'mkb', 2),
    ('participatie', 'milieu', 0), ('participatie', 'klimaat', 0), ('participatie', 'circulair', 0), ('participatie', 'keten', 0), ('participatie', 'sociaal', 3), ('participatie', 'mkb', 2),
    ('inhuur', 'milieu', 0), ('inhuur', 'klimaat', 0), ('inhuur', 'circulair', 0), ('inhuur', 'keten', 0), ('inhuur', 'sociaal', 3), ('inhuur', 'mkb', 2),
    ('advies', 'milieu', 1), ('advies', 'klimaat', 1), ('advies', 'circulair', 1), ('advies', 'keten', 0), ('advies', 'sociaal', 1), ('advies', 'mkb', 2),
    ('juridisch', 'milieu', 0), ('juridisch', 'klimaat', 0), ('juridisch', 'circulair', 0), ('juridisch', 'keten', 0), ('juridisch', 'sociaal', 1), ('juridisch', 'mkb', 2),
    ('opleidingen', 'milieu', 0), ('opleidingen', 'klimaat', 0), ('opleidingen', 'circulair', 0), ('opleidingen', 'keten', 0), ('opleidingen', 'sociaal', 2), ('opleidingen', 'mkb', 2),
    ('accountancy', 'milieu', 0), ('accountancy', 'klimaat', 0), ('accountancy', 'circulair', 0), ('accountancy', 'keten', 0), ('accountancy', 'sociaal', 1), ('accountancy', 'mkb', 1),
    ('afvalinzameling', 'milieu', 3), ('afvalinzameling', 'klimaat', 2), ('afvalinzameling', 'circulair', 3), ('afvalinzameling', 'keten', 1), ('afvalinzameling', 'sociaal', 2), ('afvalinzameling', 'mkb', 1),
    ('afvalverwerking', 'milieu', 3), ('afvalverwerking', 'klimaat', 3), ('afvalverwerking', 'circulair', 3), ('afvalverwerking', 'keten', 1), ('afvalverwerking', 'sociaal', 1), ('afvalverwerking', 'mkb', 1),
    ('straatreiniging', 'milieu', 2), ('straatreiniging', 'klimaat', 2), ('straatreiniging', 'circulair', 1), ('straatreiniging', 'keten', 0), ('straatreiniging', 'sociaal', 3), ('straatreiniging', 'mkb', 2),
    ('sport', 'milieu', 2), ('sport', 'klimaat', 2), ('sport', 'circulair', 3), ('sport', 'keten', 1), ('sport', 'sociaal', 1), ('sport', 'mkb', 2),
    ('cultuur', 'milieu', 1), ('cultuur', 'klimaat', 1), ('cultuur', 'circulair', 1), ('cultuur', 'keten', 0), ('cultuur', 'sociaal', 1), ('cultuur', 'mkb', 2);

INSERT INTO product_group_impact (group_id, dimension, score)
SELECT g.id, s.dimension, s.score FROM seed_impact s JOIN product_group g ON g.code = s.code;

DROP TABLE seed_impact;

-- Default rules for ledger and line descriptions common in municipal exports; first match wins.
CREATE TEMP TABLE seed_rule (position INTEGER, kind TEXT, value TEXT, code TEXT);
INSERT INTO seed_rule VALUES
    (0, 'keyword', 'openbare verlichting', 'openbare-verlichting'),
    (1, 'keyword', 'lichtmast', 'openbare-verlichting'),
    (2, 'keyword', 'groenonderhoud', 'groen'),
    (3, 'keyword', 'groenvoorziening', 'groen'),
    (4, 'keyword', 'beplanting', 'groen'),
    (5, 'keyword', 'bomen', 'groen'),
    (6, 'keyword', 'riolering', 'riolering'),
    (7, 'keyword', 'bestrating', 'wegen'),
    (8, 'keyword', 'asfalt', 'wegen'),
    (9, 'keyword', 'wegen', 'wegen'),
    (10, 'keyword', 'fietspad', 'wegen'),
    (11, 'keyword', 'brug', 'kunstwerken'),
    (12, 'keyword', 'leerlingenvervoer', 'doelgroepenvervoer'),
    (13, 'keyword', 'doelgroepenvervoer', 'doelgroepenvervoer'),
    (14, 'keyword', 'wmo-vervoer', 'doelgroepenvervoer'),
    (15, 'keyword', 'hulpmiddel', 'wmo-hulpmiddelen'),
    (16, 'keyword', 'woningaanpassing', 'wmo-hulpmiddelen'),
    (17, 'keyword', 'huishoudelijke hulp', 'huishoudelijke-hulp'),
    (18, 'keyword', 'wmo', 'wmo-begeleiding'),
    (19, 'keyword', 'dagbesteding', 'wmo-begeleiding'),
    (20, 'keyword', 'jeugd', 'jeugdzorg'),
    (21, 'keyword', 're-integratie', 'participatie'),
    (22, 'keyword', 'participatie', 'participatie'),
    (23, 'keyword', 'inhuur', 'inhuur'),
    (24, 'keyword', 'detachering', 'inhuur'),
    (25, 'keyword', 'uitzend', 'inhuur'),
    (26, 'keyword', 'juridisch', 'juridisch'),
    (27, 'keyword', 'advocaat', 'juridisch'),
    (28, 'keyword', 'accountant', 'accountancy'),
    (29, 'keyword', 'advies', 'advies'),
    (30, 'keyword', 'onderzoek', 'advies'),
    (31, 'keyword', 'software', 'software'),
    (32, 'keyword', 'licentie', 'software'),
    (33, 'keyword', 'hardware', 'ict-hardware'),
    (34, 'keyword', 'computer', 'ict-hardware'),
    (35, 'keyword', 'laptop', 'ict-hardware'),
    (36, 'keyword', 'telefonie', 'telefonie'),
    (37, 'keyword', 'printer', 'printers'),
    (38, 'keyword', 'toner', 'printers'),
    (39, 'keyword', 'schoonmaak', 'schoonmaak'),
    (40, 'keyword', 'catering', 'catering'),
    (41, 'keyword', 'kantoorartikelen', 'kantoorartikelen'),
    (42, 'keyword', 'kantoorbenodigdheden', 'kantoorartikelen'),
    (43, 'keyword', 'meubilair', 'kantoormeubilair'),
    (44, 'keyword', 'papier', 'papier'),
    (45, 'keyword', 'drukwerk', 'drukwerk'),
    (46, 'keyword', 'bedrijfskleding', 'bedrijfskleding'),
    (47, 'keyword', 'werkkleding', 'bedrijfskleding'),
    (48, 'keyword', 'beveiliging', 'beveiliging'),
    (49, 'keyword', 'afvalverwerking', 'afvalverwerking'),
    (50, 'keyword', 'afval', 'afvalinzameling'),
    (51, 'keyword', 'straatreiniging', 'straatreiniging'),
    (52, 'keyword', 'energie', 'energie'),
    (53, 'keyword', 'elektriciteit', 'energie'),
    (54, 'keyword', 'aardgas', 'energie'),
    (55, 'keyword', 'nieuwbouw', 'nieuwbouw'),
    (56, 'keyword', 'renovatie', 'renovatie'),
    (57, 'keyword', 'onderhoud gebouwen', 'onderhoud-gebouwen'),
    (58, 'keyword', 'gebouwonderhoud', 'onderhoud-gebouwen'),
    (59, 'keyword', 'installatie', 'installaties'),
    (60, 'keyword', 'dienstauto', 'dienstautos'),
    (61, 'keyword', 'dienstreis', 'dienstreizen'),
    (62, 'keyword', 'reiskosten', 'dienstreizen'),
    (63, 'keyword', 'porti', 'post'),
    (64, 'keyword', 'opleiding', 'opleidingen'),
    (65, 'keyword', 'cursus', 'opleidingen');

INSERT INTO classification_rule (position, kind, value, group_id)
SELECT s.position, s.kind, s.value, g.id FROM seed_rule s JOIN product_group g ON g.code = s.code ORDER BY s.position;

DROP TABLE seed_rule;
