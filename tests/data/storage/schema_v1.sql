-- A Scorecard database as schema version 1 wrote it (agents, the activity
-- tables and templates; no finalization, audit log or 1:1 tables yet), with
-- a few rows. Frozen on purpose: it must keep upgrading to the latest schema
-- even when later versions change. Statements end with ";" at end of line.
CREATE TABLE agents (
        agent_id   TEXT NOT NULL PRIMARY KEY,
        name       TEXT NOT NULL,
        team       TEXT NOT NULL,
        supervisor TEXT NOT NULL DEFAULT '',
        employment TEXT NOT NULL DEFAULT 'full_time' CHECK (employment IN ('full_time', 'part_time')),
        email      TEXT NOT NULL DEFAULT '',
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    );
CREATE TABLE time_records (
        agent_id          TEXT NOT NULL REFERENCES agents (agent_id),
        date              TEXT NOT NULL,
        worked_minutes    REAL NOT NULL CHECK (worked_minutes >= 0),
        scheduled_minutes REAL CHECK (scheduled_minutes >= 0),
        adherent_minutes  REAL CHECK (adherent_minutes >= 0),
        occupied_minutes  REAL CHECK (occupied_minutes >= 0),
        PRIMARY KEY (date, agent_id)
    ) WITHOUT ROWID;
CREATE TABLE contacts (
        agent_id        TEXT NOT NULL REFERENCES agents (agent_id),
        date            TEXT NOT NULL,
        channel         TEXT NOT NULL,
        contacts        INTEGER NOT NULL CHECK (contacts >= 0),
        handle_seconds  REAL CHECK (handle_seconds >= 0),
        handle_contacts INTEGER NOT NULL DEFAULT 0 CHECK (handle_contacts >= 0),
        fcr             INTEGER CHECK (fcr >= 0),
        fcr_contacts    INTEGER NOT NULL DEFAULT 0 CHECK (fcr_contacts >= 0),
        PRIMARY KEY (date, agent_id, channel)
    ) WITHOUT ROWID;
CREATE TABLE qa_evaluations (
        evaluation_id TEXT NOT NULL PRIMARY KEY,
        agent_id      TEXT NOT NULL REFERENCES agents (agent_id),
        date          TEXT NOT NULL,
        score         REAL NOT NULL CHECK (score >= 0 AND score <= 100),
        evaluator     TEXT NOT NULL DEFAULT '',
        form          TEXT NOT NULL DEFAULT '',
        comment       TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
CREATE INDEX qa_evaluations_by_date ON qa_evaluations (date, agent_id, score);
CREATE INDEX qa_evaluations_by_agent ON qa_evaluations (agent_id, date);
CREATE TABLE survey_responses (
        response_id TEXT NOT NULL PRIMARY KEY,
        agent_id    TEXT NOT NULL REFERENCES agents (agent_id),
        date        TEXT NOT NULL,
        csat        INTEGER CHECK (csat BETWEEN 1 AND 5),
        nps         INTEGER CHECK (nps BETWEEN 0 AND 10),
        comment     TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
CREATE INDEX survey_responses_by_date ON survey_responses (date, agent_id, csat, nps);
CREATE INDEX survey_responses_by_agent ON survey_responses (agent_id, date);
CREATE TABLE kcs_events (
        event_id TEXT NOT NULL PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents (agent_id),
        date     TEXT NOT NULL,
        type     TEXT NOT NULL CHECK (type IN ('link', 'edit', 'draft'))
    ) WITHOUT ROWID;
CREATE INDEX kcs_events_by_date ON kcs_events (date, agent_id, type);
CREATE TABLE service_levels (
        team           TEXT NOT NULL,
        date           TEXT NOT NULL,
        offered        INTEGER NOT NULL CHECK (offered >= 0),
        answered_in_sl INTEGER NOT NULL CHECK (answered_in_sl >= 0),
        PRIMARY KEY (date, team)
    ) WITHOUT ROWID;
CREATE TABLE templates (
        team           TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        name           TEXT NOT NULL,
        definition     TEXT NOT NULL,
        PRIMARY KEY (team, effective_from)
    );
INSERT INTO agents VALUES ('A1', 'Ana Alves', 'T1', 'Sam', 'full_time', 'ana@example.com', 1);
INSERT INTO agents VALUES ('A2', 'Bo Berg', 'T2', '', 'part_time', '', 0);
INSERT INTO time_records VALUES ('A1', '2026-03-02', 480.0, 480.0, 450.0, NULL);
INSERT INTO time_records VALUES ('A2', '2026-03-02', 240.5, NULL, NULL, NULL);
INSERT INTO contacts VALUES ('A1', '2026-03-02', 'phone', 40, 12000.0, 40, 30, 40);
INSERT INTO contacts VALUES ('A1', '2026-03-02', 'chat', 7, NULL, 0, NULL, 0);
INSERT INTO qa_evaluations VALUES ('Q1', 'A1', '2026-03-05', 87.5, 'Eve', 'Phone v2', 'Warm greeting');
INSERT INTO survey_responses VALUES ('S1', 'A1', '2026-03-03', 5, 10, '');
INSERT INTO survey_responses VALUES ('S2', 'A2', '2026-03-04', NULL, 3, 'Slow');
INSERT INTO kcs_events VALUES ('K1', 'A1', '2026-03-04', 'draft');
INSERT INTO service_levels VALUES ('T1', '2026-03-02', 100, 81);
PRAGMA user_version = 1;
