#include "sqlite_schema.h"

#include "sqlite_file.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sc::sqlite {

namespace {

// Version 1: the import kinds and the scorecard templates.
//
// Activity tables are WITHOUT ROWID and clustered on (date, agent_id, ...):
// the hot query is "one month of every agent", which then reads one
// contiguous key range per table. Tables keyed by an export's id get a
// covering (date, agent_id, values) index for the same reason, and an
// (agent_id, date) index where the 1:1 card reads one agent's comments.
// Dates are ISO text 'YYYY-MM-DD' so that text order is date order.
const char *const kStep1[] = {
    R"(CREATE TABLE agents (
        agent_id   TEXT NOT NULL PRIMARY KEY,
        name       TEXT NOT NULL,
        team       TEXT NOT NULL,
        supervisor TEXT NOT NULL DEFAULT '',
        employment TEXT NOT NULL DEFAULT 'full_time' CHECK (employment IN ('full_time', 'part_time')),
        email      TEXT NOT NULL DEFAULT '',
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ))",
    R"(CREATE TABLE time_records (
        agent_id          TEXT NOT NULL REFERENCES agents (agent_id),
        date              TEXT NOT NULL,
        worked_minutes    REAL NOT NULL CHECK (worked_minutes >= 0),
        scheduled_minutes REAL CHECK (scheduled_minutes >= 0),
        adherent_minutes  REAL CHECK (adherent_minutes >= 0),
        occupied_minutes  REAL CHECK (occupied_minutes >= 0),
        PRIMARY KEY (date, agent_id)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE contacts (
        agent_id        TEXT NOT NULL REFERENCES agents (agent_id),
        date            TEXT NOT NULL,
        channel         TEXT NOT NULL,
        contacts        INTEGER NOT NULL CHECK (contacts >= 0),
        handle_seconds  REAL CHECK (handle_seconds >= 0),
        handle_contacts INTEGER NOT NULL DEFAULT 0 CHECK (handle_contacts >= 0),
        fcr             INTEGER CHECK (fcr >= 0),
        fcr_contacts    INTEGER NOT NULL DEFAULT 0 CHECK (fcr_contacts >= 0),
        PRIMARY KEY (date, agent_id, channel)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE qa_evaluations (
        evaluation_id TEXT NOT NULL PRIMARY KEY,
        agent_id      TEXT NOT NULL REFERENCES agents (agent_id),
        date          TEXT NOT NULL,
        score         REAL NOT NULL CHECK (score >= 0 AND score <= 100),
        evaluator     TEXT NOT NULL DEFAULT '',
        form          TEXT NOT NULL DEFAULT '',
        comment       TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID)",
    "CREATE INDEX qa_evaluations_by_date ON qa_evaluations (date, agent_id, score)",
    "CREATE INDEX qa_evaluations_by_agent ON qa_evaluations (agent_id, date)",
    R"(CREATE TABLE survey_responses (
        response_id TEXT NOT NULL PRIMARY KEY,
        agent_id    TEXT NOT NULL REFERENCES agents (agent_id),
        date        TEXT NOT NULL,
        csat        INTEGER CHECK (csat BETWEEN 1 AND 5),
        nps         INTEGER CHECK (nps BETWEEN 0 AND 10),
        comment     TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID)",
    "CREATE INDEX survey_responses_by_date ON survey_responses (date, agent_id, csat, nps)",
    "CREATE INDEX survey_responses_by_agent ON survey_responses (agent_id, date)",
    R"(CREATE TABLE kcs_events (
        event_id TEXT NOT NULL PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents (agent_id),
        date     TEXT NOT NULL,
        type     TEXT NOT NULL CHECK (type IN ('link', 'edit', 'draft'))
    ) WITHOUT ROWID)",
    "CREATE INDEX kcs_events_by_date ON kcs_events (date, agent_id, type)",
    R"(CREATE TABLE service_levels (
        team           TEXT NOT NULL,
        date           TEXT NOT NULL,
        offered        INTEGER NOT NULL CHECK (offered >= 0),
        answered_in_sl INTEGER NOT NULL CHECK (answered_in_sl >= 0),
        PRIMARY KEY (date, team)
    ) WITHOUT ROWID)",
    // team '' = the template for all teams; effective_from is 'YYYY-MM'.
    R"(CREATE TABLE templates (
        team           TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        name           TEXT NOT NULL,
        definition     TEXT NOT NULL,
        PRIMARY KEY (team, effective_from)
    ))",
};

// Version 2: month finalization, the audit log and the 1:1 (notes, goals).
const char *const kStep2[] = {
    R"(CREATE TABLE finalized_months (
        month        TEXT NOT NULL PRIMARY KEY,
        snapshot     TEXT NOT NULL,
        finalized_at TEXT NOT NULL,
        finalized_by TEXT NOT NULL
    ))",
    R"(CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        user_name TEXT NOT NULL,
        action    TEXT NOT NULL,
        month     TEXT NOT NULL DEFAULT '',
        details   TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE one_on_one_notes (
        agent_id   TEXT NOT NULL REFERENCES agents (agent_id),
        month      TEXT NOT NULL,
        text       TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (agent_id, month)
    ))",
    R"(CREATE TABLE action_items (
        id            INTEGER PRIMARY KEY,
        agent_id      TEXT NOT NULL REFERENCES agents (agent_id),
        created_month TEXT NOT NULL,
        text          TEXT NOT NULL,
        metric_key    TEXT NOT NULL DEFAULT '',
        target_value  REAL,
        due_month     TEXT,
        status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped'))
    ))",     "CREATE INDEX action_items_by_agent ON action_items (agent_id, created_month)",
};

// Version 3: speed of answer (issue 12). answered and answer_seconds are
// optional columns of the export; asa_answered is the answered count of the
// rows that had answer_seconds (the asa denominator), like
// contacts.handle_contacts. Same columns as the PostgreSQL schema.
const char *const kStep3[] = {
    "ALTER TABLE service_levels ADD COLUMN answered INTEGER CHECK (answered >= 0)",
    "ALTER TABLE service_levels ADD COLUMN answer_seconds REAL CHECK (answer_seconds >= 0)",
    "ALTER TABLE service_levels ADD COLUMN asa_answered INTEGER NOT NULL DEFAULT 0 CHECK (asa_answered >= 0)",
};

// Version 4: provenance. One `imports` row per imported file; every row of
// the import kinds' tables names the import that last wrote its values
// (NULL for rows stored before version 4). imported_at is ISO-8601 UTC.
const char *const kStep4[] = {
    R"(CREATE TABLE imports (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        source_file  TEXT NOT NULL DEFAULT '',
        imported_at  TEXT NOT NULL,
        user_name    TEXT NOT NULL DEFAULT '',
        row_count    INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0),
        profile_name TEXT NOT NULL DEFAULT ''
    ))",
    "ALTER TABLE agents ADD COLUMN import_id INTEGER REFERENCES imports (id)",
    "ALTER TABLE time_records ADD COLUMN import_id INTEGER REFERENCES imports (id)",
    "ALTER TABLE contacts ADD COLUMN import_id INTEGER REFERENCES imports (id)",
    "ALTER TABLE qa_evaluations ADD COLUMN import_id INTEGER REFERENCES imports (id)",
    "ALTER TABLE survey_responses ADD COLUMN import_id INTEGER REFERENCES imports (id)",
    "ALTER TABLE kcs_events ADD COLUMN import_id INTEGER REFERENCES imports (id)",
    "ALTER TABLE service_levels ADD COLUMN import_id INTEGER REFERENCES imports (id)",
};

// Version 5: each month's agent sums, cached (SqliteStore::agentSums): a
// month is scored from its cached sums, not re-aggregated from its rows, so
// the previous months that needs_attention rates cost little. The import
// that writes a month's rows rewrites its sums in the same transaction;
// these triggers drop the sums of a month a row leaves (a row moved to
// another month, or deleted), and a month without sums is aggregated from
// its rows. The sums are ActivitySums' bytes (core's encodeSums).
QStringList step5()
{
    QStringList out{QStringLiteral("CREATE TABLE month_sums (month TEXT NOT NULL PRIMARY KEY, sums BLOB NOT NULL)"
                                   " WITHOUT ROWID")};
    for (const char *table : {"time_records", "contacts", "qa_evaluations", "survey_responses", "kcs_events"}) {
        const QString t = QLatin1String(table);
        out << QStringLiteral("CREATE TRIGGER %1_leaves_month AFTER UPDATE OF date ON %1"
                              " WHEN substr(OLD.date, 1, 7) <> substr(NEW.date, 1, 7)"
                              " BEGIN DELETE FROM month_sums WHERE month = substr(OLD.date, 1, 7); END")
                   .arg(t)
            << QStringLiteral("CREATE TRIGGER %1_deleted AFTER DELETE ON %1"
                              " BEGIN DELETE FROM month_sums WHERE month = substr(OLD.date, 1, 7); END")
                   .arg(t);
    }
    return out;
}

// Version 6: 1:1 notes shared (the agent sees them) or private (their author
// only), SPEC section 8, the same columns as the PostgreSQL schema: one
// shared note per agent and month, one private note per author. Notes
// written before version 6 were shown on the agent's card, so they stay
// shared.
const char *const kStep6[] = {
    R"(CREATE TABLE one_on_one_notes_v6 (
        id         INTEGER PRIMARY KEY,
        agent_id   TEXT NOT NULL REFERENCES agents (agent_id),
        month      TEXT NOT NULL,
        visibility TEXT NOT NULL DEFAULT 'shared' CHECK (visibility IN ('shared', 'private')),
        author     TEXT NOT NULL DEFAULT '',
        text       TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT ''
    ))",
    "INSERT INTO one_on_one_notes_v6 (agent_id, month, visibility, author, text, updated_at)"
    " SELECT agent_id, month, 'shared', '', text, updated_at FROM one_on_one_notes ORDER BY agent_id, month",
    "DROP TABLE one_on_one_notes",
    "ALTER TABLE one_on_one_notes_v6 RENAME TO one_on_one_notes",
    "CREATE UNIQUE INDEX one_on_one_notes_shared ON one_on_one_notes (agent_id, month) WHERE visibility = 'shared'",
    "CREATE UNIQUE INDEX one_on_one_notes_private ON one_on_one_notes (agent_id, month, author)"
    " WHERE visibility = 'private'",
};

template <size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StoreError("SQLite: " + q.lastError().text().toStdString() + " in: " + sql.left(80).toStdString());
}

QString pragmaValue(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StoreError("SQLite: " + q.lastError().text().toStdString() + " in: " + sql.toStdString());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

int latestSchemaVersion() { return 6; }

QString isDistinctFromParameter(const QString &column) { return column + QStringLiteral(" IS NOT ?"); }

QStringList migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1: return toList(kStep1);
    case 2: return toList(kStep2);
    case 3: return toList(kStep3);
    case 4: return toList(kStep4);
    case 5: return step5();
    case 6: return toList(kStep6);
    default: return {};
    }
}

void configureConnection(QSqlDatabase &db)
{
    // Also the first read of the file: a file that is not SQLite fails here.
    const QString mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode = WAL")).toLower();
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory"))
        throw StoreError("SQLite: could not switch the database to WAL mode (got '" + mode.toStdString() + "')");
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    // 64 MiB page cache (the default is 2 MiB): a million-row import touches
    // index pages all over the file. Memory is taken only as pages are read.
    exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
    // Temporary storage in memory: above all the statement journal that each
    // multi-row INSERT of an import keeps (so a failing statement can be
    // undone) spilled to a temp file past 64 KiB, ~23,000 small writes for a
    // 50,000-row import. It only ever holds the pages one statement touched.
    exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (pragmaValue(db, QStringLiteral("PRAGMA foreign_keys")) != QLatin1String("1"))
        throw StoreError("SQLite: this SQLite build cannot enforce foreign keys");
}

void configureReadOnlyConnection(QSqlDatabase &db)
{
    // No journal_mode change: that would write. query_only makes any write
    // statement fail even if a bug tried one.
    exec(db, QStringLiteral("PRAGMA query_only = ON"));
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
    exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
}

int schemaVersion(QSqlDatabase &db) { return pragmaValue(db, QStringLiteral("PRAGMA user_version")).toInt(); }

void migrate(QSqlDatabase &db, int targetVersion)
{
    const int current = schemaVersion(db);
    if (current > latestSchemaVersion())
        throw StoreError(QStringLiteral("The database has schema version %1, newer than this Scorecard supports "
                                        "(%2). Update Scorecard to open it.")
                             .arg(current)
                             .arg(latestSchemaVersion())
                             .toStdString());
    for (int version = current + 1; version <= targetVersion; ++version) {
        if (!db.transaction())
            throw StoreError("SQLite: cannot begin migration: " + db.lastError().text().toStdString());
        try {
            for (const QString &sql : migrationStep(version))
                exec(db, sql);
            // user_version and application_id live in the file header and
            // are part of the transaction.
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!db.commit()) {
            const std::string error = db.lastError().text().toStdString();
            db.rollback();
            throw StoreError("SQLite: cannot commit migration to version " + std::to_string(version) + ": " + error);
        }
    }
    // A database made before application_id was set, already at the latest
    // version: stamp it now. Best effort: its tables identify it anyway.
    if (current >= 1 && current == targetVersion
        && pragmaValue(db, QStringLiteral("PRAGMA application_id")).toInt() == 0) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    }
}

} // namespace sc::sqlite
